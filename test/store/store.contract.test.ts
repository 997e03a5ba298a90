/**
 * One contract for every AlignmentStore implementation: whatever replaces the
 * SQLite store later must pass this suite unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryStore, createSqliteStore, createThreadedSqliteStore, type AlignmentStore, type NewAlignment } from '../../src/store';

interface Harness {
  open(): Promise<AlignmentStore>;
  cleanup(): void;
}

const implementations: ReadonlyArray<[string, () => Harness]> = [
  ['memory', () => ({ open: async () => createMemoryStore(), cleanup: () => undefined })],
  ...(
    [
      ['sqlite', createSqliteStore],
      ['sqlite on its own thread', createThreadedSqliteStore],
    ] as const
  ).map(([name, create]): [string, () => Harness] => [
    name,
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-contract-'));
      return {
        open: () => create({ dir }),
        cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  ]),
];

const BASE = Date.parse('2026-11-23T10:00:00.000Z');
const at = (seconds: number): string => new Date(BASE + seconds * 1000).toISOString();
const ME = 'newsroom-a';
const THEM = 'newsroom-b';

/** JSON text as a store takes it and gives it back: UTF-8 bytes. */
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const text = (json: Uint8Array | undefined): string | undefined => json && Buffer.from(json).toString('utf8');

/** A record whose JSON is given as text, for the test's legibility. */
function record(id: string, seconds: number, overrides: Partial<Omit<NewAlignment, 'json'>> & { json?: string } = {}): NewAlignment {
  const { json = JSON.stringify({ id, links: [{ source: [0], target: [1], score: 0.5 }] }), ...rest } = overrides;
  return {
    id,
    createdAt: at(seconds),
    key: `key-${id}`,
    owner: ME,
    sourceTitle: `source ${id}`,
    targetTitle: null,
    ...rest,
    json: bytes(json),
  };
}

const page = (limit: number, offset = 0) => ({ limit, offset });

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

  it('returns what was put, as the same JSON text, in bytes of their own (which a thread can move whole)', async () => {
    const r = record('a1', 0);
    await store.put(r);
    expect(await store.get('a1', ME)).toEqual({ id: 'a1', createdAt: r.createdAt, key: r.key, owner: ME, json: r.json });
    await store.putReport('a1', 'csv', Buffer.from('a,b'));
    const own = (bytes: Uint8Array | undefined): boolean => bytes?.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    expect(own((await store.get('a1', ME))?.json)).toBe(true);
    expect(own((await store.findByKey(r.key, ME))?.json)).toBe(true);
    expect(own(await store.getReport('a1', 'csv', ME))).toBe(true);
  });

  it("gives a record's titles and dates from its head, the owner's only; dates not given are null", async () => {
    await store.put(record('a1', 0, { sourceDate: '2016-02-02', targetDate: '2018', targetTitle: 'later' }));
    await store.put(record('a2', 1));
    expect(await store.head('a1', ME)).toEqual({
      id: 'a1',
      createdAt: at(0),
      sourceTitle: 'source a1',
      targetTitle: 'later',
      sourceDate: '2016-02-02',
      targetDate: '2018',
    });
    expect(await store.head('a2', ME)).toMatchObject({ sourceDate: null, targetDate: null });
    expect(await store.head('a1', THEM)).toBeUndefined();
    expect(await store.head('nope', ME)).toBeUndefined();
  });

  it('answers undefined for an unknown id or key', async () => {
    expect(await store.get('nope', ME)).toBeUndefined();
    expect(await store.findByKey('nope', ME)).toBeUndefined();
  });

  it("keeps each owner's records apart: another owner's id is unknown, its key finds nothing, its list is its own", async () => {
    await store.put(record('mine', 0));
    await store.put(record('theirs', 1, { owner: THEM, key: 'key-mine' }));
    expect(await store.get('theirs', ME)).toBeUndefined();
    expect((await store.findByKey('key-mine', ME))?.id).toBe('mine');
    expect((await store.findByKey('key-mine', THEM))?.id).toBe('theirs');
    expect(await store.list(ME, page(10))).toEqual({ items: [expect.objectContaining({ id: 'mine' })], total: 1 });
    expect(await store.delete('theirs', ME)).toBe(false);
    expect(await store.get('theirs', THEM)).toBeDefined();
  });

  it('finds a record by its key, the newest when several share it', async () => {
    await store.put(record('old', 0, { key: 'same' }));
    await store.put(record('new', 5, { key: 'same' }));
    await store.put(record('other', 9));
    expect((await store.findByKey('same', ME))?.id).toBe('new');
    expect((await store.findByKey('key-other', ME))?.json).toEqual(record('other', 9).json);
  });

  it('replaces a record put again under the same id, and drops its reports', async () => {
    await store.put(record('a1', 0));
    await store.putReport('a1', 'csv', new Uint8Array([1, 2, 3]));
    await store.put(record('a1', 3, { key: 'k2', json: '{"v":2}', sourceTitle: 'again' }));
    expect(await store.get('a1', ME)).toEqual({ id: 'a1', createdAt: at(3), key: 'k2', owner: ME, json: bytes('{"v":2}') });
    expect(await store.findByKey('key-a1', ME)).toBeUndefined();
    expect(await store.getReport('a1', 'csv', ME)).toBeUndefined();
    expect(await store.list(ME, page(10))).toEqual({ items: [{ id: 'a1', createdAt: at(3), sourceTitle: 'again', targetTitle: null }], total: 1 });
  });

  it('lists newest first, then by id, in pages with the total', async () => {
    // Put in scrambled order so that insertion order cannot pass for time order.
    for (const [id, s] of [
      ['c', 1],
      ['e', 3],
      ['a', 0],
      ['d', 1],
      ['b', 2],
    ] as const) {
      await store.put(record(id, s));
    }
    const ids = async (limit: number, offset: number) => {
      const got = await store.list(ME, { limit, offset });
      expect(got.total).toBe(5);
      return got.items.map((item) => item.id);
    };
    expect(await ids(10, 0)).toEqual(['e', 'b', 'c', 'd', 'a']);
    expect(await ids(2, 0)).toEqual(['e', 'b']);
    expect(await ids(2, 2)).toEqual(['c', 'd']);
    expect(await ids(2, 4)).toEqual(['a']);
    expect(await ids(2, 6)).toEqual([]);
    expect(await ids(0, 0)).toEqual([]);
    const [first] = (await store.list(ME, page(1))).items;
    expect(first).toEqual({ id: 'e', createdAt: at(3), sourceTitle: 'source e', targetTitle: null });
  });

  it('deletes: true once, then false, and the record and its reports are gone everywhere', async () => {
    await store.put(record('a1', 0));
    await store.put(record('a2', 1));
    await store.putReport('a1', 'pdf', new Uint8Array([37, 80, 68, 70]));
    expect(await store.delete('a1', ME)).toBe(true);
    expect(await store.delete('a1', ME)).toBe(false);
    expect(await store.get('a1', ME)).toBeUndefined();
    expect(await store.findByKey('key-a1', ME)).toBeUndefined();
    expect(await store.getReport('a1', 'pdf', ME)).toBeUndefined();
    expect(await store.list(ME, page(10))).toEqual({ items: [expect.objectContaining({ id: 'a2' })], total: 1 });
  });

  it('keeps reports beside their alignment, byte for byte, and none for an alignment it does not have', async () => {
    await store.put(record('r', 0));
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 7) % 256));
    await store.putReport('r', 'pdf', bytes);
    expect(Buffer.from((await store.getReport('r', 'pdf', ME))!)).toEqual(Buffer.from(bytes));
    // Another owner's id reads as unknown, its reports included.
    expect(await store.getReport('r', 'pdf', THEM)).toBeUndefined();
    expect(await store.getReport('r', 'html', ME)).toBeUndefined();
    expect(await store.putReport('ghost', 'pdf', bytes)).toBe('no_alignment');
    expect(await store.getReport('ghost', 'pdf', ME)).toBeUndefined();
  });

  it("keeps a write under the quota and refuses one that would pass it, judging the owner's own bytes once it is in", async () => {
    const json = (n: number): string => JSON.stringify({ pad: 'x'.repeat(n) });
    const size = (n: number): number => Buffer.byteLength(json(n));
    expect(await store.put(record('a', 0, { json: json(100) }), size(100) + size(50))).toBe('stored');
    // Another owner's bytes do not count against mine.
    expect(await store.put(record('t', 1, { owner: THEM, json: json(5000) }), size(5000))).toBe('stored');
    expect(await store.put(record('b', 2, { json: json(51) }), size(100) + size(50))).toBe('over_quota');
    expect(await store.get('b', ME)).toBeUndefined();
    expect(await store.put(record('b', 2, { json: json(50) }), size(100) + size(50))).toBe('stored');
    // Replacing a record counts the new row, not both.
    expect(await store.put(record('a', 3, { json: json(90) }), size(100) + size(50))).toBe('stored');
    expect(await store.usage(ME)).toBe(size(90) + size(50));
    expect(await store.putReport('a', 'csv', new Uint8Array(11), size(100) + size(50))).toBe('over_quota');
    expect(await store.getReport('a', 'csv', ME)).toBeUndefined();
    expect(await store.putReport('a', 'csv', new Uint8Array(10), size(100) + size(50))).toBe('stored');
    expect(await store.usage(ME)).toBe(size(100) + size(50));
    await expect(store.put(record('c', 4), -1)).rejects.toThrow(TypeError);
  });

  it('lets no two writes at once slip under the quota together', async () => {
    const json = JSON.stringify({ pad: 'y'.repeat(1000) });
    const quota = 5 * Buffer.byteLength(json);
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => store.put(record(`q${i}`, i, { json }), quota)));
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(5);
    expect(await store.usage(ME)).toBe(quota);
    const reports = await Promise.all([store.put(record('q99', 99, { json: '{}' })), store.putReport('q0', 'pdf', new Uint8Array(1), quota + 2)]);
    expect(reports).toEqual(['stored', 'over_quota']);
  });

  it("counts an owner's usage: its alignments' JSON bytes and its reports, nobody else's", async () => {
    await store.put(record('a', 0, { json: '{"t":"é"}' }));
    await store.put(record('b', 1, { json: '{}' }));
    await store.put(record('c', 2, { owner: THEM, json: '{"much":"more than that"}' }));
    await store.putReport('a', 'csv', new Uint8Array(10));
    expect(await store.usage(ME)).toBe(Buffer.byteLength('{"t":"é"}') + 2 + 10);
    expect(await store.usage('nobody')).toBe(0);
  });

  it('deletes every record older than a cutoff, whoever owns it, with its reports', async () => {
    await store.put(record('old', 0));
    await store.put(record('older', -100, { owner: THEM }));
    await store.put(record('new', 50));
    await store.putReport('old', 'html', new Uint8Array([1]));
    expect(await store.deleteOlderThan(at(10))).toBe(2);
    expect(await store.get('old', ME)).toBeUndefined();
    expect(await store.get('older', THEM)).toBeUndefined();
    expect(await store.getReport('old', 'html', ME)).toBeUndefined();
    expect((await store.list(ME, page(10))).items.map((i) => i.id)).toEqual(['new']);
    await expect(store.deleteOlderThan('yesterday')).rejects.toThrow(TypeError);
  });

  it('keeps JSON text exactly: Unicode, escapes, nesting, numbers', async () => {
    const json = JSON.stringify({
      text: 'Schengen – “PNR” · Ærø · 日本語 · 🇪🇺👩🏽‍⚖️ · \u0000\u001f\u2028\u2029 · lone \ud800 and \udfff',
      'key with "quotes" and \\': { nested: [[[{ deep: [1, [2, [3, { deeper: null }]]] }]]] },
      numbers: [0, -1, 0.1, 1e-7, 1.7976931348623157e308, 9007199254740991, -2.5e-300],
    });
    await store.put(record('u', 0, { json, sourceTitle: 'Déclaration commune 🇫🇷🇧🇪', targetTitle: '' }));
    expect(text((await store.get('u', ME))?.json)).toBe(json);
    expect((await store.list(ME, page(1))).items[0]).toMatchObject({ sourceTitle: 'Déclaration commune 🇫🇷🇧🇪', targetTitle: '' });
  });

  it('rejects what it could not give back faithfully', async () => {
    await expect(store.put(record('x', 0, { json: 'not json' }))).rejects.toThrow(TypeError);
    await expect(store.put({ ...record('x', 0), json: '{}' as never })).rejects.toThrow(TypeError);
    await expect(store.put(record('x', 0, { createdAt: '2026-11-23 10:00' }))).rejects.toThrow(TypeError);
    await expect(store.put(record('x', 0, { createdAt: '2026-11-23T11:00:00+01:00' }))).rejects.toThrow(TypeError);
    await expect(store.put(record('', 0))).rejects.toThrow(TypeError);
    await expect(store.list(ME, { limit: -1, offset: 0 })).rejects.toThrow(TypeError);
    await expect(store.list(ME, { limit: 1, offset: 0.5 })).rejects.toThrow(TypeError);
    expect((await store.list(ME, page(10))).total).toBe(0);
  });

  it('takes concurrent puts, reads and deletes without losing any', async () => {
    const n = 40;
    const id = (i: number) => `c${String(i).padStart(2, '0')}`;
    await Promise.all(Array.from({ length: n }, (_, i) => store.put(record(id(i), i % 7, { json: JSON.stringify({ i }) }))));
    const [list, ...gets] = await Promise.all([store.list(ME, page(n)), ...Array.from({ length: n }, (_, i) => store.get(id(i), ME))]);
    expect(list.total).toBe(n);
    expect(new Set(list.items.map((item) => item.id)).size).toBe(n);
    expect(gets.map((g) => (JSON.parse(text(g!.json)!) as { i: number }).i)).toEqual(Array.from({ length: n }, (_, i) => i));
    const deleted = await Promise.all([store.delete('c00', ME), store.delete('c00', ME), store.delete('c01', ME)]);
    expect(deleted.filter(Boolean)).toHaveLength(2);
    expect((await store.list(ME, page(0))).total).toBe(n - 2);
  });

  it('rejects every call once closed, and closes twice without error', async () => {
    await store.put(record('a1', 0));
    await store.close();
    await store.close();
    await expect(store.get('a1', ME)).rejects.toThrow(/closed/);
    await expect(store.put(record('a2', 0))).rejects.toThrow(/closed/);
    await expect(store.list(ME, page(1))).rejects.toThrow(/closed/);
  });
});
