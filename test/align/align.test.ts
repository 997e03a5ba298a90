import fc from 'fast-check';
import { alignDocuments, EQUIVALENT_AT } from '../../src/align/align';
import { heaviestChain } from '../../src/align/chain';
import { wordDiff } from '../../src/align/diff';
import { asSource, asTarget, RELATIONS, type DiffPart, type Link } from '../../src/align/types';
import { segment, type SegmentationMode, type SegmentedDocument } from '../../src/text';

const doc = (text: string, mode: SegmentationMode = 'sentences'): SegmentedDocument => segment(text, { language: 'en', mode });
/** Free order unless the test asks for monotone: these tests were written for each mode; order.test.ts tests `auto`. */
const align = (a: SegmentedDocument, b: SegmentedDocument, options: { monotone?: boolean; threshold?: number } = {}): Link[] =>
  alignDocuments(a, b, { language: 'en', ...(options.monotone === undefined ? { order: 'free' as const } : {}), ...options });

/** The units' own texts, as the link joins them. */
const joined = (d: SegmentedDocument, indices: readonly number[]): string => indices.map((i) => d.units[i]!.text).join(' ');
/** Links as "source texts → target texts", easy to read in a failure. */
const pairsOf = (a: SegmentedDocument, b: SegmentedDocument, links: readonly Link[]): Array<[string, string]> =>
  links.map((l) => [joined(a, l.source), joined(b, l.target)]);

const BORDER = 'The ministers agreed to reinforce checks at the external borders of the Schengen area.';
const BORDER_REWORDED = 'The ministers agreed to strengthen checks at the external borders of the Schengen area.';
const PNR = 'Member states will share passenger name records with Europol by June 2017.';
const MAGISTRATE = 'A liaison magistrate will be posted in Brussels to coordinate terrorism prosecutions.';
const FIREARMS = 'The firearms directive must be adopted before the summer.';
const BUDGET = 'Information on the budget was exchanged between the ministers.';
const BUDGET_REWORDED = 'The ministers exchanged views on the budget.';
const MEETING = 'Ministers from six member states attended the meeting.';
const MEETING_LOOSE = 'The meeting of the ministers ended late.';
const FIGHTERS = 'Member states should exchange more information on returning fighters.';
const BYLINE = 'By Eric Maurice';
const SUBSCRIBE = 'Click here to subscribe to our newsletter';

const paragraph = (...sentences: string[]): string => sentences.join(' ');

describe('alignDocuments: 1:1 links', () => {
  test('identical documents link every clause to its copy, as equivalents', () => {
    const a = doc(paragraph(BORDER, PNR, MAGISTRATE, FIREARMS));
    const b = doc(paragraph(BORDER, PNR, MAGISTRATE, FIREARMS));
    const links = align(a, b);
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    for (const link of links) {
      expect(link.score).toBe(1);
      expect(link.relation).toBe('equivalent');
    }
  });

  test('works on the default clause segmentation too', () => {
    const a = doc(paragraph(BORDER, FIREARMS), 'clauses');
    const b = doc(paragraph(FIREARMS, BORDER_REWORDED), 'clauses');
    expect(pairsOf(a, b, align(a, b))).toEqual([
      [BORDER, BORDER_REWORDED],
      [FIREARMS, FIREARMS],
    ]);
  });

  test('a reworded clause is linked to its rewording, not to its neighbours', () => {
    const a = doc(paragraph(BORDER, BUDGET, MEETING));
    const b = doc(paragraph(BORDER_REWORDED, BUDGET_REWORDED, MEETING_LOOSE));
    expect(pairsOf(a, b, align(a, b))).toEqual([
      [BORDER, BORDER_REWORDED],
      [BUDGET, BUDGET_REWORDED],
      [MEETING, MEETING_LOOSE],
    ]);
  });

  test('the seed paraphrases are linked to each other as partial links', () => {
    const a = doc(
      [
        'allow more resort to common investigation teams',
        'systematic checks at the external borders of the Schengen area',
        'the quick creation of an EU border and coastguard corps',
        'The restrictions in place on the sale of these substances must be tightened up',
      ].join('\n'),
      'lines',
    );
    const b = doc(
      [
        'intensifying the use of joint inquiry teams (JCTs, French acronym ECE, Dutch acronym GOT)',
        'systematic border controls on the EU’s external frontiers',
        'the reform of and granting of further powers to the Frontex agency',
      ].join('\n'),
      'lines',
    );
    const links = align(a, b);
    expect(links.map((l) => [l.source, l.target, l.relation])).toEqual([
      [[0], [0], 'partial'],
      [[1], [1], 'partial'],
      [[2], [2], 'partial'],
    ]);
  });
});

describe('alignDocuments: splits and merges', () => {
  const WHOLE = 'The ministers will also create a European border guard and deploy it to Greece within six months.';
  const FIRST = 'The ministers will also create a European border guard.';
  const SECOND = 'It will be deployed to Greece within six months.';

  test('a sentence split in two becomes one 1:2 link', () => {
    const a = doc(paragraph(BORDER, WHOLE, MAGISTRATE));
    const b = doc(paragraph(BORDER, FIRST, SECOND, MAGISTRATE));
    const links = align(a, b);
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
    expect(pairsOf(a, b, links)[1]).toEqual([WHOLE, `${FIRST} ${SECOND}`]);
  });

  test('two sentences merged into one become one 2:1 link', () => {
    const a = doc(paragraph(BORDER, FIRST, SECOND, MAGISTRATE));
    const b = doc(paragraph(BORDER, WHOLE, MAGISTRATE));
    const links = align(a, b);
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
  });

  test('a split is found in monotone mode too', () => {
    const a = doc(paragraph(BORDER, WHOLE, MAGISTRATE));
    const b = doc(paragraph(BORDER, FIRST, SECOND, MAGISTRATE));
    expect(align(a, b, { monotone: true }).map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  test('a split does not swallow an unrelated neighbour', () => {
    const a = doc(paragraph(WHOLE, FIREARMS));
    const b = doc(paragraph(FIRST, SECOND, BUDGET));
    const links = align(a, b);
    expect(links.flatMap((l) => l.target)).not.toContain(2);
  });
});

describe('alignDocuments: order', () => {
  const a = doc(paragraph(BORDER, PNR, MAGISTRATE, FIREARMS));

  test('by default, moved clauses are found wherever they went', () => {
    const b = doc(paragraph(MAGISTRATE, FIREARMS, BORDER, PNR));
    const links = align(a, b);
    expect(pairsOf(a, b, links)).toEqual([
      [BORDER, BORDER],
      [PNR, PNR],
      [MAGISTRATE, MAGISTRATE],
      [FIREARMS, FIREARMS],
    ]);
    expect(links.map((l) => l.target)).toEqual([[2], [3], [0], [1]]);
  });

  test('monotone: links keep document order on both sides and a crossing link is dropped', () => {
    const b = doc(paragraph(BORDER, MAGISTRATE, PNR, FIREARMS)); // PNR and MAGISTRATE swapped
    const links = align(a, b, { monotone: true });
    expectInOrder(links);
    expect(links).toHaveLength(3);
    const texts = pairsOf(a, b, links);
    expect(texts).toContainEqual([BORDER, BORDER]);
    expect(texts).toContainEqual([FIREARMS, FIREARMS]);
    // Exactly one of the two crossing clauses survives.
    expect(texts.filter(([s]) => s === PNR || s === MAGISTRATE)).toHaveLength(1);
    // Free order keeps both.
    expect(align(a, b)).toHaveLength(4);
  });

  test('monotone: a clause moved to the far end costs one link, not all the others', () => {
    const b = doc(paragraph(PNR, MAGISTRATE, FIREARMS, BORDER));
    const links = align(a, b, { monotone: true });
    expectInOrder(links);
    expect(pairsOf(a, b, links)).toEqual([
      [PNR, PNR],
      [MAGISTRATE, MAGISTRATE],
      [FIREARMS, FIREARMS],
    ]);
  });
});

/** Links (sorted by source) strictly increase on both sides: each link lies wholly after the one before. */
function expectInOrder(links: readonly Link[]): void {
  for (let i = 1; i < links.length; i += 1) {
    const before = links[i - 1]!;
    const after = links[i]!;
    expect(Math.min(...after.source)).toBeGreaterThan(Math.max(...before.source));
    expect(Math.min(...after.target)).toBeGreaterThan(Math.max(...before.target));
  }
}

describe('alignDocuments: what is never linked', () => {
  test('boilerplate and meta units are never linked, even to identical copies', () => {
    const text = `${BYLINE}\n\n${paragraph(BORDER, PNR)}\n\n${SUBSCRIBE}`;
    const a = doc(text);
    const b = doc(text);
    const kinds = a.units.map((u) => u.kind);
    expect(kinds).toEqual(['meta', 'clause', 'clause', 'boilerplate']);
    const links = align(a, b);
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[1], [1]],
      [[2], [2]],
    ]);
    for (const link of links) {
      for (const s of link.source) expect(['clause', 'heading']).toContain(a.units[s]!.kind);
      for (const t of link.target) expect(['clause', 'heading']).toContain(b.units[t]!.kind);
    }
  });

  test('a document of boilerplate and meta alone gives no links', () => {
    const a = doc(`${BYLINE}\n\n${SUBSCRIBE}`);
    expect(align(a, a)).toEqual([]);
    expect(align(a, doc(paragraph(BORDER, PNR)))).toEqual([]);
  });

  test('clauses with nothing in common are not linked', () => {
    expect(align(doc(FIREARMS), doc(MAGISTRATE))).toEqual([]);
  });
});

describe('alignDocuments: link shape', () => {
  const a = doc(`${BYLINE}\n\n${paragraph(BORDER, BUDGET, MEETING)}`);
  const b = doc(paragraph(MEETING_LOOSE, BORDER_REWORDED, BUDGET_REWORDED));
  const links = align(a, b);

  test('every link is {source, target, score, relation, explanation, diff}', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(Object.keys(link).sort()).toEqual(['diff', 'explanation', 'relation', 'score', 'source', 'target']);
      expect(link.source.length).toBeGreaterThan(0);
      expect(link.target.length).toBeGreaterThan(0);
      for (const s of link.source) expect(a.units[s]).toBeDefined();
      for (const t of link.target) expect(b.units[t]).toBeDefined();
      expect(link.score).toBeGreaterThanOrEqual(0.3);
      expect(link.score).toBeLessThanOrEqual(1);
      expect(Math.round(link.score * 1000) / 1000).toBe(link.score);
      expect(RELATIONS).toContain(link.relation);
      expect(Object.keys(link.explanation).sort()).toEqual(['aliases', 'citations', 'features', 'sharedTerms', 'signals', 'synonyms']);
      expect(Array.isArray(link.diff)).toBe(true);
    }
  });

  test('links come sorted by their first source unit', () => {
    const firsts = links.map((l) => l.source[0]!);
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
  });

  test('relation is equivalent for near-identical clauses and partial for weaker ones', () => {
    const byText = new Map(pairsOf(a, b, links).map(([s], i) => [s, links[i]!]));
    const near = byText.get(BORDER)!;
    expect(near.relation).toBe('equivalent');
    expect(near.score).toBeGreaterThanOrEqual(EQUIVALENT_AT);
    for (const weaker of [byText.get(BUDGET)!, byText.get(MEETING)!]) {
      expect(weaker.relation).toBe('partial');
      expect(weaker.score).toBeLessThan(EQUIVALENT_AT);
    }
  });

  test('the explanation says why: the rewording is a synonym pair', () => {
    const link = links.find((l) => joined(a, l.source) === BORDER)!;
    expect(link.explanation.synonyms).toContainEqual(['reinforce', 'strengthen']);
  });
});

describe('alignDocuments: diffs', () => {
  /** One side of a diff: the source's text is the unchanged and removed parts, the target's the unchanged and added ones. */
  const sideOf = (diff: readonly DiffPart[], side: 'source' | 'target'): string =>
    diff
      .filter((part) => (side === 'source' ? !part.added : !part.removed))
      .map((part) => part.value)
      .join('');

  /** Removed + unchanged parts give the joined source text; added + unchanged give the joined target text. */
  function expectDiffRebuilds(a: SegmentedDocument, b: SegmentedDocument, link: Link): void {
    expect(link.diff).not.toBeNull();
    expect(sideOf(link.diff!, 'source')).toBe(joined(a, link.source));
    expect(sideOf(link.diff!, 'target')).toBe(joined(b, link.target));
  }

  test('a word diff that rebuilds both sides, for 1:1, 1:2 and 2:1 links', () => {
    const a = doc(paragraph(BORDER, 'The ministers will also create a European border guard and deploy it to Greece within six months.', PNR));
    const b = doc(
      paragraph(BORDER_REWORDED, 'The ministers will also create a European border guard.', 'It will be deployed to Greece within six months.', PNR),
    );
    const links = align(a, b);
    expect(links.map((l) => [l.source.length, l.target.length])).toEqual([
      [1, 1],
      [1, 2],
      [1, 1],
    ]);
    for (const link of links) expectDiffRebuilds(a, b, link);
    for (const link of align(b, a)) expectDiffRebuilds(b, a, link);
  });

  const MOVED_WORDS: [string[], string[], boolean] = [[BUDGET_REWORDED], [BUDGET, BORDER], false];

  test('the diff rebuilds both sides when words move around (reworded clause)', () => {
    const a = doc(BUDGET_REWORDED);
    const b = doc(BUDGET);
    const [link] = align(a, b);
    expectDiffRebuilds(a, b, link!);
  });

  test('the diff rebuilds both sides: "a b c." → "c b a."', () => {
    const diff = wordDiff('a b c.', 'c b a.')!;
    expect(sideOf(diff, 'source')).toBe('a b c.');
    expect(sideOf(diff, 'target')).toBe('c b a.');
  });

  test('the diff marks exactly the changed word', () => {
    const a = doc(BORDER);
    const b = doc(BORDER_REWORDED);
    const [link] = align(a, b);
    const changed = link!.diff!.filter((part) => part.added || part.removed);
    expect(changed).toEqual([
      { value: 'reinforce', removed: true },
      { value: 'strengthen', added: true },
    ]);
  });

  test('the diff of identical clauses is one unchanged part', () => {
    const [link] = align(doc(PNR), doc(PNR));
    expect(link!.diff).toEqual([{ value: PNR }]);
  });

  test('generated documents: every diff keeps every word of both sides, in order (whitespace aside)', () => {
    const pool = [BORDER, BORDER_REWORDED, PNR, MAGISTRATE, FIREARMS, BUDGET, BUDGET_REWORDED, MEETING, MEETING_LOOSE, FIGHTERS];
    const sentences = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 });
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    fc.assert(
      fc.property(sentences, sentences, fc.boolean(), (x, y, monotone) => {
        const a = doc(paragraph(...x));
        const b = doc(paragraph(...y));
        for (const link of align(a, b, { monotone })) {
          if (link.diff === null) continue;
          expect(squeeze(sideOf(link.diff, 'source'))).toBe(squeeze(joined(a, link.source)));
          expect(squeeze(sideOf(link.diff, 'target'))).toBe(squeeze(joined(b, link.target)));
        }
      }),
      { numRuns: 40, examples: [MOVED_WORDS] },
    );
  });

  test('generated documents: every diff rebuilds both sides exactly', () => {
    const pool = [BORDER, BORDER_REWORDED, PNR, MAGISTRATE, FIREARMS, BUDGET, BUDGET_REWORDED, MEETING, MEETING_LOOSE, FIGHTERS];
    const sentences = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(sentences, sentences, fc.boolean(), (x, y, monotone) => {
        const a = doc(paragraph(...x));
        const b = doc(paragraph(...y));
        for (const link of align(a, b, { monotone })) {
          if (link.diff !== null) expectDiffRebuilds(a, b, link);
        }
      }),
      { numRuns: 40, examples: [MOVED_WORDS] },
    );
  });

  test('the diff is null, not a hang, for two very long unrelated clauses that are linked', () => {
    // Both name Frontex, so they are linked (a shared concept alone makes a partial link), but their words differ.
    const left = Array.from({ length: 400 }, (_, i) => `alpha${i}`);
    const right = Array.from({ length: 400 }, (_, i) => `omega${i}`);
    const a = doc(`Frontex ${left.join(' ')}`);
    const b = doc(`Frontex ${right.join(' ')}`);
    expect(a.units).toHaveLength(1);
    expect(b.units).toHaveLength(1);
    const started = performance.now();
    const links = align(a, b);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(links).toHaveLength(1);
    expect(links[0]!.relation).toBe('partial');
    expect(links[0]!.diff).toBeNull();
  });

  test('wordDiff gives up in bounded time on two very long unrelated texts', () => {
    const left = Array.from({ length: 5000 }, (_, i) => `alpha${i % 97} beta${i % 89}`).join(' ');
    const right = Array.from({ length: 5000 }, (_, i) => `gamma${i % 83} delta${i % 79}`).join(' ');
    const started = performance.now();
    expect(wordDiff(left, right)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('alignDocuments: threshold', () => {
  // Pairs scoring ≈ 0.99 (BORDER), ≈ 0.7 (BUDGET), ≈ 0.4 (MEETING) and ≈ 0.2 (FIGHTERS ↔ PNR).
  const a = doc(paragraph(BORDER, BUDGET, MEETING, FIGHTERS));
  const b = doc(paragraph(BORDER_REWORDED, BUDGET_REWORDED, MEETING_LOOSE, PNR));
  const count = (threshold: number): number => align(a, b, { threshold }).length;

  test('the default threshold is 0.3', () => {
    expect(count(0.3)).toBe(align(a, b).length);
    expect(pairsOf(a, b, align(a, b)).map(([s]) => s)).toEqual([BORDER, BUDGET, MEETING]);
  });

  test('raising the threshold drops the weaker links, lowering it admits weaker ones', () => {
    expect(count(0.1)).toBeGreaterThan(count(0.3));
    expect(count(0.3)).toBeGreaterThan(count(0.5));
    expect(count(0.5)).toBeGreaterThan(count(0.8));
    expect(count(0.8)).toBe(1);
  });

  test('the number of links never grows as the threshold rises', () => {
    const counts = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map(count);
    for (let i = 1; i < counts.length; i += 1) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
  });

  test('every link scores at least the threshold', () => {
    for (const threshold of [0.1, 0.3, 0.5]) for (const link of align(a, b, { threshold })) expect(link.score).toBeGreaterThanOrEqual(threshold);
  });

  const JIT_A = doc('allow more resort to common investigation teams');
  const JIT_B = doc('intensifying the use of joint inquiry teams (JCTs, French acronym ECE, Dutch acronym GOT)');

  test('a concept-only link stays partial however high the threshold', () => {
    for (const threshold of [0.3, 0.5, 0.8, 0.95]) {
      for (const link of align(JIT_A, JIT_B, { threshold })) expect([threshold, link.relation]).toEqual([threshold, 'partial']);
    }
  });

  test("a link reports the pair's own score, not the threshold it was lifted to", () => {
    const [atDefault] = align(JIT_A, JIT_B);
    expect(atDefault!.score).toBeLessThan(0.5);
    for (const threshold of [0.5, 0.8]) {
      for (const link of align(JIT_A, JIT_B, { threshold })) expect([threshold, link.score]).toEqual([threshold, atDefault!.score]);
    }
  });
});

describe('alignDocuments: crowded documents', () => {
  const X = 'A liaison magistrate is posted in Brussels.';
  const TOPICS = ['budget', 'weather', 'traffic', 'museums', 'trams', 'parks', 'markets', 'schools', 'hospitals', 'bridges'];
  const crowd = (who: string): string[] =>
    TOPICS.map(
      (topic) =>
        `${who} said that the ${topic} of Brussels, the ${topic} around Brussels and the ${topic} near Brussels mattered to Brussels and to every liaison magistrate posted in Brussels.`,
    );

  test('a clause is linked to its identical copy however many longer clauses share its words', () => {
    const a = doc(paragraph(X, ...crowd('The mayor')));
    const b = doc(paragraph(...crowd('The governor'), X));
    expect(a.units).toHaveLength(11);
    expect(b.units).toHaveLength(11);
    const links = align(a, b);
    expect(links).toContainEqual(expect.objectContaining({ source: [0], target: [10], relation: 'equivalent' }));
  });
});

describe('alignDocuments: generated documents', () => {
  const pool = [BORDER, BORDER_REWORDED, PNR, MAGISTRATE, FIREARMS, BUDGET, BUDGET_REWORDED, MEETING, MEETING_LOOSE, FIGHTERS];
  const sentences = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 7 });

  test('monotone links are always in document order and never share a unit', () => {
    fc.assert(
      fc.property(sentences, sentences, (x, y) => {
        const a = doc(paragraph(...x));
        const b = doc(paragraph(...y));
        const links = align(a, b, { monotone: true });
        expectInOrder(links);
        const sources = links.flatMap((l) => l.source);
        const targets = links.flatMap((l) => l.target);
        expect(new Set(sources).size).toBe(sources.length);
        expect(new Set(targets).size).toBe(targets.length);
      }),
      { numRuns: 40 },
    );
  });

  test('a sentence present in both documents is always linked to a copy of itself (free order)', () => {
    fc.assert(
      fc.property(sentences, sentences, fc.constantFrom(PNR, MAGISTRATE, FIREARMS), (x, y, shared) => {
        const xs = [...x.filter((s) => s !== shared), shared];
        const ys = [shared, ...y.filter((s) => s !== shared)];
        const a = doc(paragraph(...xs));
        const b = doc(paragraph(...ys));
        const links = align(a, b);
        const source = xs.length - 1;
        expect(links.some((l) => l.source.includes(asSource(source)) && l.target.includes(asTarget(0)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('heaviestChain', () => {
  type Pair = { s: number; t: number; w: number };
  const weight = (chain: readonly Pair[]): number => chain.reduce((sum, p) => sum + p.w, 0);

  test('no pairs, no chain', () => {
    expect(heaviestChain([])).toEqual([]);
  });

  test('the documented example: a heavier crossing pair wins over a lighter one', () => {
    const pairs = [
      { s: 0, t: 1, w: 1 },
      { s: 1, t: 0, w: 2 },
      { s: 2, t: 2, w: 1 },
    ];
    expect(heaviestChain(pairs)).toEqual([pairs[1], pairs[2]]);
  });

  test('a longer chain of light pairs beats one heavy crossing pair', () => {
    const pairs = [
      { s: 0, t: 0, w: 0.5 },
      { s: 1, t: 1, w: 0.5 },
      { s: 2, t: 2, w: 0.5 },
      { s: 3, t: 0, w: 1.2 },
    ];
    expect(heaviestChain(pairs)).toEqual(pairs.slice(0, 3));
  });

  test('two pairs of one source, or of one target, never chain', () => {
    expect(
      heaviestChain([
        { s: 0, t: 0, w: 1 },
        { s: 0, t: 1, w: 1 },
      ]),
    ).toHaveLength(1);
    expect(
      heaviestChain([
        { s: 0, t: 3, w: 1 },
        { s: 1, t: 3, w: 1 },
      ]),
    ).toHaveLength(1);
  });

  test('returns the very pair objects it was given, extra fields and all', () => {
    const pairs = [
      { s: 2, t: 5, w: 0.9, label: 'b' },
      { s: 0, t: 1, w: 0.4, label: 'a' },
    ];
    const chain = heaviestChain(pairs);
    expect(chain.map((p) => p.label)).toEqual(['a', 'b']);
    expect(chain[0]).toBe(pairs[1]);
  });

  const pairArbitrary = fc.array(
    fc.record({ s: fc.integer({ min: 0, max: 15 }), t: fc.integer({ min: 0, max: 15 }), w: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
    { maxLength: 40 },
  );

  /** In source order (then target order), take each pair that follows the last taken one on both sides. */
  const greedyInOrder = (pairs: readonly Pair[]): Pair[] => {
    const chain: Pair[] = [];
    for (const p of [...pairs].sort((x, y) => x.s - y.s || x.t - y.t)) {
      const last = chain[chain.length - 1];
      if (!last || (p.s > last.s && p.t > last.t)) chain.push(p);
    }
    return chain;
  };

  /** O(n²) dynamic programme: the heaviest strictly increasing chain's weight. */
  const bestWeight = (pairs: readonly Pair[]): number => {
    const sorted = [...pairs].sort((x, y) => x.s - y.s || x.t - y.t);
    const best = sorted.map((p) => p.w);
    sorted.forEach((p, i) => {
      for (let j = 0; j < i; j += 1) {
        const q = sorted[j]!;
        if (q.s < p.s && q.t < p.t) best[i] = Math.max(best[i]!, best[j]! + p.w);
      }
    });
    return Math.max(0, ...best);
  };

  test('property: strictly increasing in s and t, made of given pairs, at least as heavy as the greedy chain, and optimal', () => {
    fc.assert(
      fc.property(pairArbitrary, (pairs) => {
        const chain = heaviestChain(pairs);
        for (let i = 1; i < chain.length; i += 1) {
          expect(chain[i]!.s).toBeGreaterThan(chain[i - 1]!.s);
          expect(chain[i]!.t).toBeGreaterThan(chain[i - 1]!.t);
        }
        for (const p of chain) expect(pairs).toContain(p);
        expect(weight(chain)).toBeGreaterThanOrEqual(weight(greedyInOrder(pairs)) - 1e-9);
        expect(weight(chain)).toBeCloseTo(bestWeight(pairs), 9);
      }),
      { numRuns: 100 },
    );
  });
});
