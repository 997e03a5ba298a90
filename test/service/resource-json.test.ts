/**
 * The stored resource and a trace's answer are built as bytes around the worker's bytes (packed as the worker packs
 * them), never parsed and stringified again: for any heads and any documents, the bytes must be the text JSON.stringify
 * gives for the object they stand for.
 */
import fc from 'fast-check';
import type { SizedComparison, SizedTraces } from '../../src/jobs';
import { packed } from '../../src/jobs/run-job';
import { resourceJson, traceJson } from '../../src/service/resource-json';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

// Any string, lone surrogates and controls included (JSON.stringify escapes them), and objects that may be empty.
const anyText = fc.string({ unit: 'binary' });
const nullable = fc.option(anyText, { nil: null });
const object = (prefix: string) =>
  fc.dictionary(
    anyText.map((k) => `${prefix}${k}`),
    fc.oneof(anyText, fc.integer(), fc.constant(null)),
    { maxKeys: 4 },
  );

describe('resource and trace JSON built from bytes', () => {
  test('the resource is JSON.stringify({...head, source: {...sourceHead, ...source}, target: {...}, ...rest}), byte for byte', () => {
    fc.assert(
      fc.property(
        fc.record({ title: nullable, date: nullable, publisher: nullable }),
        fc.record({ title: nullable, date: nullable, publisher: nullable }),
        object('s-'),
        object('t-'),
        object('r-'),
        (sourceHead, targetHead, source, target, rest) => {
          const head = { version: 3, id: 'a1', createdAt: '2026-12-03T00:00:00.000Z', options: {} };
          const sh = { ...sourceHead, inferredDate: null };
          const th = { ...targetHead, inferredDate: null };
          const { json, starts } = packed([JSON.stringify(source), JSON.stringify(target), JSON.stringify(rest)]);
          const sized: SizedComparison = { json, targetAt: starts[1]!, restAt: starts[2]! };
          const expected = JSON.stringify({ ...head, source: { ...sh, ...source }, target: { ...th, ...target }, ...rest });
          expect(text(resourceJson(head, sh, th, sized))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a trace is JSON.stringify({documents: [{...head, ...document}, …], trajectories}), byte for byte, for one document or many', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.record({ title: nullable, publisher: nullable, date: nullable }), object('d-')), { minLength: 1, maxLength: 5 }),
        fc.array(object('x-'), { maxLength: 3 }),
        (documents, trajectories) => {
          const heads = documents.map(([h]) => ({ ...h, inferredDate: null }));
          const { json, starts } = packed([...documents.map(([, d]) => JSON.stringify(d)), JSON.stringify(trajectories)]);
          const sized: SizedTraces = { json, documentsAt: starts.slice(0, documents.length), trajectoriesAt: starts[documents.length]! };
          const expected = JSON.stringify({ documents: documents.map(([, d], i) => ({ ...heads[i], ...d })), trajectories });
          expect(text(traceJson(heads, sized))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
