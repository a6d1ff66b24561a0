import { MemoryAdapter, MemoryDatabase } from '../../src/storage/memory-adapter.js';
import { runConformanceSuite } from './conformance.js';

runConformanceSuite({
  name: 'memory',
  durable: false,
  corruptValues: ['garbage', { id: 'bad', kind: 'note', data: 'no revision' }, null],
  createDatabase() {
    const database = new MemoryDatabase();
    const adapters: MemoryAdapter[] = [];
    return {
      connect() {
        const adapter = new MemoryAdapter({ database });
        adapters.push(adapter);
        return adapter;
      },
      async writeRaw(kind, id, value) {
        database.kind(kind).set(id, value);
      },
      async readRaw(kind, id) {
        return database.kinds.get(kind)?.get(id);
      },
      async destroy() {
        await Promise.all(adapters.map((adapter) => adapter.close()));
      },
    };
  },
  closeUnderneath: (adapter) => adapter.close(),
});
