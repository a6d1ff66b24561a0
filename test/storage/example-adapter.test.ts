// The adapter skeleton in the Storage docs page passes the published conformance suite.
import { runAdapterConformance } from '../../src/testing/index.js';
import { KeyValueAdapter, type KeyValueStore } from '../../stories/example-adapter.js';
import { recordOfAnotherId } from './record-of-another-id.js';

/** One text map per database name, shared by the adapters (tabs) made for it. */
const maps = new Map<string, Map<string, string>>();
const mapNamed = (name: string) => {
  if (!maps.has(name)) maps.set(name, new Map());
  return maps.get(name)!;
};
const keyValueStore = (map: Map<string, string>): KeyValueStore => ({
  get: async (key) => map.get(key),
  set: async (key, value) => void map.set(key, value),
  delete: async (key) => void map.delete(key),
  keys: async () => [...map.keys()],
});

runAdapterConformance(
  'key-value',
  (name) => new KeyValueAdapter(keyValueStore(mapNamed(name)), name),
  {
    durable: false,
    corruptValues: [
      '{"id": "bad", "kind": ',
      '{"id":"bad","kind":"note","data":"no rev"}',
      '42',
      JSON.stringify(recordOfAnotherId),
    ],
    async writeRaw(name, kind, id, value) {
      mapNamed(name).set(JSON.stringify([kind, id]), value as string);
    },
    async readRaw(name, kind, id) {
      return mapNamed(name).get(JSON.stringify([kind, id]));
    },
    async destroy(name) {
      maps.delete(name);
    },
  },
);
