/**
 * One contract for every AlignmentStore implementation: whatever replaces the
 * SQLite store later must pass this suite unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryStore, createSqliteStore, type AlignmentStore, type NewAlignment } from '../../src/store';

interface Harness {
  open(): Promise<AlignmentStore>;
  cleanup(): void;
}

const implementations: ReadonlyArray<[string, () => Harness]> = [
  ['memory', () => ({ open: async () => createMemoryStore(), cleanup: () => undefined })],
  [
    'sqlite',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-contract-'));
      return {
        open: () => createSqliteStore({ dir }),
        cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
];

const BASE = Date.parse('2026-11-23T10:00:00.000Z');
const at = (seconds: number): string => new Date(BASE + seconds * 1000).toISOString();

function record(id: string, seconds: number, overrides: Partial<NewAlignment> = {}): NewAlignment {
  return {
    id,
    createdAt: at(seconds),
    key: `key-${id}`,
    resource: { id, links: [{ source: [0], target: [1], score: 0.5 }] },
    sourceTitle: `source ${id}`,
    targetTitle: null,
    ...overrides,
  };
}

describe.each(implementations)('AlignmentStore contract: %s', (_name, makeHarness) => {
  let harness: Harness;
  let store: AlignmentStore;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
  });

  afterEach(async () => {
    await store.close();
    harness.cleanup();
  });

  it('returns what was put', async () => {
    const r = record('a1', 0);
    await store.put(r);
    expect(await store.get('a1')).toEqual({ id: 'a1', createdAt: r.createdAt, key: r.key, resource: r.resource });
  });

  it('answers undefined for an unknown id or key', async () => {
    expect(await store.get('nope')).toBeUndefined();
    expect(await store.findByKey('nope')).toBeUndefined();
  });

  it('finds a record by its key, the newest when several share it', async () => {
    await store.put(record('old', 0, { key: 'same' }));
    await store.put(record('new', 5, { key: 'same' }));
    await store.put(record('other', 9));
    expect((await store.findByKey('same'))?.id).toBe('new');
    expect((await store.findByKey('key-other'))?.resource).toEqual(record('other', 9).resource);
  });

  it('replaces a record put again under the same id', async () => {
    await store.put(record('a1', 0));
    await store.put(record('a1', 3, { key: 'k2', resource: [2], sourceTitle: 'again' }));
    expect(await store.get('a1')).toEqual({ id: 'a1', createdAt: at(3), key: 'k2', resource: [2] });
    expect(await store.findByKey('key-a1')).toBeUndefined();
    expect(await store.list({ limit: 10, offset: 0 })).toEqual({
      items: [{ id: 'a1', createdAt: at(3), sourceTitle: 'again', targetTitle: null }],
      total: 1,
    });
  });

  it('lists newest first, then by id, in pages with the total', async () => {
    // Put in scrambled order so that insertion order cannot pass for time order.
    for (const [id, s] of [['c', 1], ['e', 3], ['a', 0], ['d', 1], ['b', 2]] as const) {
      await store.put(record(id, s));
    }
    const ids = async (limit: number, offset: number) => {
      const page = await store.list({ limit, offset });
      expect(page.total).toBe(5);
      return page.items.map((item) => item.id);
    };
    expect(await ids(10, 0)).toEqual(['e', 'b', 'c', 'd', 'a']);
    expect(await ids(2, 0)).toEqual(['e', 'b']);
    expect(await ids(2, 2)).toEqual(['c', 'd']);
    expect(await ids(2, 4)).toEqual(['a']);
    expect(await ids(2, 6)).toEqual([]);
    expect(await ids(0, 0)).toEqual([]);
    const [first] = (await store.list({ limit: 1, offset: 0 })).items;
    expect(first).toEqual({ id: 'e', createdAt: at(3), sourceTitle: 'source e', targetTitle: null });
  });

  it('deletes: true once, then false, and the record is gone everywhere', async () => {
    await store.put(record('a1', 0));
    await store.put(record('a2', 1));
    expect(await store.delete('a1')).toBe(true);
    expect(await store.delete('a1')).toBe(false);
    expect(await store.get('a1')).toBeUndefined();
    expect(await store.findByKey('key-a1')).toBeUndefined();
    const page = await store.list({ limit: 10, offset: 0 });
    expect(page).toEqual({ items: [expect.objectContaining({ id: 'a2' })], total: 1 });
  });

  it('keeps JSON exactly: Unicode, escapes, nesting, numbers', async () => {
    const resource = {
      text: 'Schengen – “PNR” · Ærø · 日本語 · 🇪🇺👩🏽‍⚖️ · \u0000\u001f\u2028\u2029 · lone \ud800 and \udfff',
      'key with "quotes" and \\': { nested: [[[{ deep: [1, [2, [3, { deeper: null }]]] }]]] },
      numbers: [0, -1, 0.1, 1e-7, 1.7976931348623157e308, 9007199254740991, -2.5e-300],
      flags: [true, false, null],
      empty: { obj: {}, arr: [], str: '' },
    };
    await store.put(record('u', 0, { resource, sourceTitle: 'Déclaration commune 🇫🇷🇧🇪', targetTitle: '' }));
    expect((await store.get('u'))?.resource).toStrictEqual(resource);
    expect((await store.list({ limit: 1, offset: 0 })).items[0]).toMatchObject({
      sourceTitle: 'Déclaration commune 🇫🇷🇧🇪',
      targetTitle: '',
    });
  });

  it('stores values as JSON does, and copies them both ways', async () => {
    const resource = { kept: [1], dropped: undefined, nan: Number.NaN, date: new Date(BASE) };
    await store.put(record('j', 0, { resource }));
    resource.kept.push(2);
    const got = (await store.get('j'))?.resource as { kept: number[] };
    expect(got).toStrictEqual({ kept: [1], nan: null, date: at(0) });
    got.kept.push(3);
    expect((await store.get('j'))?.resource).toStrictEqual({ kept: [1], nan: null, date: at(0) });
    for (const scalar of [null, 'text', 42, true]) {
      await store.put(record('s', 0, { resource: scalar }));
      expect((await store.get('s'))?.resource).toBe(scalar);
    }
  });

  it('rejects what it could not give back faithfully', async () => {
    await expect(store.put(record('x', 0, { resource: undefined }))).rejects.toThrow(TypeError);
    await expect(store.put(record('x', 0, { createdAt: '2026-11-23 10:00' }))).rejects.toThrow(TypeError);
    await expect(store.put(record('x', 0, { createdAt: '2026-11-23T11:00:00+01:00' }))).rejects.toThrow(TypeError);
    await expect(store.put(record('', 0))).rejects.toThrow(TypeError);
    await expect(store.list({ limit: -1, offset: 0 })).rejects.toThrow(TypeError);
    await expect(store.list({ limit: 1, offset: 0.5 })).rejects.toThrow(TypeError);
    expect((await store.list({ limit: 10, offset: 0 })).total).toBe(0);
  });

  it('takes concurrent puts, reads and deletes without losing any', async () => {
    const n = 40;
    await Promise.all(
      Array.from({ length: n }, (_, i) => store.put(record(`c${String(i).padStart(2, '0')}`, i % 7, { resource: { i } }))),
    );
    const [page, ...gets] = await Promise.all([
      store.list({ limit: n, offset: 0 }),
      ...Array.from({ length: n }, (_, i) => store.get(`c${String(i).padStart(2, '0')}`)),
    ]);
    expect(page.total).toBe(n);
    expect(new Set(page.items.map((item) => item.id)).size).toBe(n);
    expect(gets.map((g) => (g?.resource as { i: number }).i)).toEqual(Array.from({ length: n }, (_, i) => i));
    const deleted = await Promise.all([store.delete('c00'), store.delete('c00'), store.delete('c01')]);
    expect(deleted.filter(Boolean)).toHaveLength(2);
    expect((await store.list({ limit: 0, offset: 0 })).total).toBe(n - 2);
  });

  it('rejects every call once closed, and closes twice without error', async () => {
    await store.put(record('a1', 0));
    await store.close();
    await store.close();
    await expect(store.get('a1')).rejects.toThrow(/closed/);
    await expect(store.put(record('a2', 0))).rejects.toThrow(/closed/);
    await expect(store.list({ limit: 1, offset: 0 })).rejects.toThrow(/closed/);
  });
});
