import { asSource, asTarget, type Link } from '../../src/align';
import { assessPledges, type PledgeReport } from '../../src/pledges';
import { segment } from '../../src/text';

const doc = (lines: string[]) => ({ units: segment(lines.join('\n'), { mode: 'lines', language: 'en' }).units, language: 'en' as const });
/** A link between unit indices, as the aligner would give it; the pledge stage only reads source, target and score. */
const link = (s: number, t: number, score = 0.7): Link => ({
  source: [asSource(s)],
  target: [asTarget(t)],
  score,
  relation: 'partial',
  explanation: { signals: { tfidf: 0, wordnet: 0, dice: 0, vectors: 0, concepts: 0 }, features: {} as never, sharedTerms: [], synonyms: [], aliases: [], citations: [] },
  diff: null,
});
const assess = (source: string[], target: string[], links: Link[]): PledgeReport => assessPledges({ source: doc(source), target: doc(target), links });

describe('assessPledges: one status per pledge', () => {
  const source = ['A French liaison magistrate will be sent to Belgium.', 'The ministers met in Brussels on Monday.'];

  test('completed: the linked target reports it done, with the cue as evidence', () => {
    const report = assess(source, ['A French liaison magistrate has been stationed in Belgium since March.'], [link(0, 0)]);
    expect(report.pledges).toEqual([expect.objectContaining({ source: 0, status: 'completed', topic: 'liaison-magistrate', evidence: [{ target: 0, cue: 'has been' }] })]);
  });

  test('carried_forward: the linked target commits to it again', () => {
    const report = assess(source, ['We will continue to work towards sending a liaison magistrate to Belgium.'], [link(0, 0)]);
    expect(report.pledges[0]).toMatchObject({ status: 'carried_forward', evidence: [{ target: 0, cue: 'will' }] });
  });

  test('dropped: nothing in the target continues it', () => {
    const report = assess(source, ['The weather in Paris was fine.'], []);
    expect(report.pledges[0]).toMatchObject({ status: 'dropped', evidence: [], qualifiers: [] });
  });

  test('a statement of fact in the source is no pledge at all', () => {
    const report = assess(source, ['The ministers met again in Paris.'], [link(1, 0)]);
    expect(report.pledges.map((p) => p.source)).toEqual([0]);
  });

  test('a target clause on the pledge\'s topic is evidence even when the aligner did not link it', () => {
    const report = assess(source, ['The weather was fine.', 'stationing a French liaison magistrate in Belgium'], []);
    expect(report.pledges[0]).toMatchObject({ status: 'completed', evidence: [{ target: 1, cue: 'stationing' }] });
  });
});

describe('assessPledges: qualifiers and confidence', () => {
  test('extended: the target commits to a wider version (the railway PNR after the air PNR)', () => {
    const report = assess(
      ['Belgium and France pledged to develop their national passenger name record database.'],
      ['We call for a railway PNR, which could be extended to other European partners to complete the air PNR.'],
      [link(0, 0)],
    );
    expect(report.pledges[0]).toMatchObject({ status: 'carried_forward', topic: 'pnr', qualifiers: ['extended'] });
  });

  test('narrowed: the target commits to less', () => {
    const report = assess(['We will share passenger name records with all member states.'], ['We will share passenger name records only with our neighbours.'], [link(0, 0)]);
    expect(report.pledges[0]).toMatchObject({ status: 'carried_forward', qualifiers: ['narrowed'] });
  });

  test('negated: the target abandons it, and the verdict is dropped with the abandonment as evidence', () => {
    const report = assess(['They pushed for the quick creation of an EU border and coastguard corps.'], ['The plan for a European border guard was abandoned.'], [link(0, 0)]);
    expect(report.pledges[0]).toMatchObject({ status: 'dropped', qualifiers: ['negated'], evidence: [{ target: 0, cue: 'was abandoned' }] });
  });

  test('read two ways (done, and promised again): lower confidence than done alone', () => {
    const source = ['They called for more use of joint investigation teams.'];
    const done = assess(source, ['The use of joint investigation teams has been intensified.'], [link(0, 0)]);
    const both = assess(source, ['The use of joint investigation teams has been intensified.', 'To facilitate joint investigation teams further.'], [link(0, 0), link(0, 1)]);
    expect(both.pledges[0]!.status).toBe('completed');
    expect(both.pledges[0]!.confidence).toBeLessThan(done.pledges[0]!.confidence);
  });

  test('a weak link gives a less confident verdict than a firm one', () => {
    const source = ['We will harmonise terrorism offences.'];
    const target = ['We will continue to harmonise terrorism offences.'];
    expect(assess(source, target, [link(0, 0, 0.3)]).pledges[0]!.confidence).toBeLessThan(assess(source, target, [link(0, 0, 0.8)]).pledges[0]!.confidence);
  });

  test('every confidence lies in [0, 1]', () => {
    const report = assess(['We will act.', 'They pledged to act.'], ['We acted.', 'We will act again.'], [link(0, 0, 1), link(1, 1, 0)]);
    for (const p of [...report.pledges, ...report.newPledges]) expect(p.confidence).toBeGreaterThanOrEqual(0);
    for (const p of [...report.pledges, ...report.newPledges]) expect(p.confidence).toBeLessThanOrEqual(1);
  });
});

describe('assessPledges: new pledges and the summary', () => {
  test('a target commitment linked to no source pledge is new; one that continues a pledge is not', () => {
    const report = assess(
      ['A French liaison magistrate will be sent to Belgium.'],
      ['We will keep the liaison magistrate in Brussels.', 'We will hold a meeting of experts on returning minors.', 'The meeting took place in Paris.'],
      [link(0, 0)],
    );
    expect(report.newPledges).toEqual([expect.objectContaining({ target: 1, topic: null })]);
  });

  test('a commitment the target dates to the source\'s year recalls a pledge, it is not new', () => {
    const report = assessPledges({
      source: { ...doc(['The ministers met.']), date: '2016-02-01' },
      target: { ...doc(['We decided in 2016 to intensify police co-operation.', 'We decided to hold a forum.']), date: '2018-06-11' },
      links: [],
    });
    expect(report.newPledges.map((p) => p.target)).toEqual([1]);
  });

  test('the summary counts by status and by topic', () => {
    const report = assess(
      ['A French liaison magistrate will be sent to Belgium.', 'They pledged to fight terrorist financing.'],
      ['stationing a French liaison magistrate in Belgium', 'We will hold a meeting of experts.'],
      [link(0, 0)],
    );
    expect(report.summary.total).toEqual({ completed: 1, carried_forward: 0, dropped: 1, new: 1 });
    expect(report.summary.byTopic).toEqual({
      'liaison-magistrate': { completed: 1, carried_forward: 0, dropped: 0, new: 0 },
      'terrorist-financing': { completed: 0, carried_forward: 0, dropped: 1, new: 0 },
      other: { completed: 0, carried_forward: 0, dropped: 0, new: 1 },
    });
  });
});
