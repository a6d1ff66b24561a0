import { MemoryAdapter, MemoryDatabase } from '../../src/storage/memory-adapter.js';
import { runAdapterConformance } from '../../src/testing/index.js';
import { recordOfAnotherId } from './record-of-another-id.js';

/** One shared in-memory database per name, as two tabs share one origin's storage. */
const databases = new Map<string, MemoryDatabase>();
const databaseNamed = (name: string) => {
  if (!databases.has(name)) databases.set(name, new MemoryDatabase());
  return databases.get(name)!;
};

runAdapterConformance('memory', (name) => new MemoryAdapter({ database: databaseNamed(name) }), {
  durable: false,
  corruptValues: [
    'garbage',
    { id: 'bad', kind: 'note', data: 'no revision' },
    null,
    recordOfAnotherId,
  ],
  async writeRaw(name, kind, id, value) {
    databaseNamed(name).kind(kind).set(id, value);
  },
  async readRaw(name, kind, id) {
    return databaseNamed(name).kinds.get(kind)?.get(id);
  },
  async destroy(name) {
    databases.delete(name);
  },
});
