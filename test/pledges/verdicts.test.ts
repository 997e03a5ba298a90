import type { Link } from '../../src/align';
import { assessPledges, type PledgeReport } from '../../src/pledges';
import { MAX_EVIDENCE, MAX_POSSIBLE } from '../../src/pledges/verdicts';
import { BY_SCORE, doc, link } from './fixtures';

const assess = (source: string[], target: string[], links: Link[]): PledgeReport =>
  assessPledges({ source: doc(source), target: doc(target), links, evidenceModel: BY_SCORE });

describe('assessPledges: one status per pledge, from its firm counterparts', () => {
  const source = ['A French liaison magistrate will be sent to Belgium.', 'The ministers met in Brussels on Monday.'];

  test('completed: a firm counterpart reports it done', () => {
    const report = assess(source, ['France stationed a liaison magistrate in Belgium in March.'], [link(0, 0)]);
    expect(report.pledges).toEqual([
      expect.objectContaining({
        source: 0,
        status: 'completed',
        topic: 'liaison-magistrate',
        evidence: [expect.objectContaining({ target: 0, cue: 'stationed' })],
      }),
    ]);
  });

  test('carried forward: a firm counterpart commits to it again', () => {
    const report = assess(source, ['We will continue to work towards sending a liaison magistrate to Belgium.'], [link(0, 0)]);
    expect(report.pledges[0]).toMatchObject({ status: 'carried_forward', evidence: [{ target: 0, cue: 'will continue to' }] });
  });

  test('dropped: nothing in the target continues it', () => {
    const report = assess(source, ['The weather in Paris was fine.'], []);
    expect(report.pledges[0]).toMatchObject({ status: 'dropped', evidence: [], possible: [], qualifiers: [] });
  });

  test('a statement of fact in the source is no pledge at all', () => {
    const report = assess(source, ['The ministers met again in Paris.'], [link(1, 0)]);
    expect(report.pledges.map((p) => p.source)).toEqual([0]);
  });
});

describe('4. weak links are shown, never taken as evidence', () => {
  test('a pledge whose only counterpart is weak is dropped, with the weak clause listed as possible', () => {
    const report = assess(['We will build a hospital in the north.'], ['We will keep our parks clean.'], [link(0, 0, 0.4)]);
    expect(report.pledges[0]).toMatchObject({ status: 'dropped', evidence: [], possible: [{ target: 0 }] });
  });

  test('a candidate too weak to be possible is not shown at all', () => {
    expect(assess(['We will build a hospital.'], ['We will plant trees.'], [link(0, 0, 0.25)]).pledges[0]!.possible).toEqual([]);
  });

  test('a weak link does not swallow a new pledge of the later text', () => {
    const report = assess(['We will build a hospital in the north.'], ['We will open three new schools.'], [link(0, 0, 0.4)]);
    expect(report.newPledges.map((n) => n.target)).toEqual([0]);
  });

  test('a firm counterpart is no new pledge', () => {
    const report = assess(['We will build a hospital in the north.'], ['We will build the northern hospital by 2030.'], [link(0, 0, 0.8)]);
    expect(report.newPledges).toEqual([]);
  });

  test('a stronger counterpart is more confident', () => {
    const source = ['We will harmonise terrorism offences.'];
    const target = ['We will continue to harmonise terrorism offences.'];
    expect(assess(source, target, [link(0, 0, 0.55)]).pledges[0]!.confidence).toBeLessThan(assess(source, target, [link(0, 0, 0.9)]).pledges[0]!.confidence);
  });

  test('the answer stays bounded: at most a few evidence clauses and possible ones per pledge, whatever the links', () => {
    const target = Array.from({ length: 30 }, (_, i) => `We will keep building hospital number ${i + 1}.`);
    const links = target.map((_, i) => link(0, i, i < 15 ? 0.8 : 0.4));
    const [verdict] = assess(['We will build hospitals.'], target, links).pledges;
    expect(verdict!.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
    expect(verdict!.possible.length).toBeLessThanOrEqual(MAX_POSSIBLE);
  });
});

describe('3. completed or carried forward, from the counterpart’s own tense and aspect', () => {
  test('a renewal stays carried forward although a weaker counterpart holds a past participle', () => {
    const report = assess(
      ['We will modernise the railway.'],
      ['We recommit to modernising the railway.', 'The old railway was built in 1890.'],
      [link(0, 0, 0.9), link(0, 1, 0.6)],
    );
    expect(report.pledges[0]!.status).toBe('carried_forward');
    // Every firm counterpart is cited, the renewal that decided first.
    expect(report.pledges[0]!.evidence[0]).toMatchObject({ target: 0 });
  });

  test('reported done and promised again: completed, less confident than done alone', () => {
    const source = ['They called for more use of joint investigation teams.'];
    const done = assess(source, ['We intensified the use of joint investigation teams.'], [link(0, 0)]);
    const both = assess(
      source,
      ['We intensified the use of joint investigation teams.', 'We will facilitate joint investigation teams further.'],
      [link(0, 0), link(0, 1)],
    );
    expect(both.pledges[0]!.status).toBe('completed');
    expect(both.pledges[0]!.confidence).toBeLessThan(done.pledges[0]!.confidence);
  });

  test('a pledge to go on doing something has no end point: an act reported done carries it forward, and is cited', () => {
    const target = ['We published the spring flood forecasts for the delta towns.'];
    const ongoing = assess(['We will continue to publish flood forecasts for the delta towns.'], target, [link(0, 0)]);
    expect(ongoing.pledges[0]!.status).toBe('carried_forward');
    expect(ongoing.pledges[0]!.evidence[0]).toMatchObject({ target: 0 });
    // A pledge with an end point is completed by the same report.
    expect(assess(['We will publish flood forecasts for the delta towns.'], target, [link(0, 0)]).pledges[0]!.status).toBe('completed');
  });

  test('going on with something that has an end point is completed when the thing is done', () => {
    const report = assess(['We will continue to build the flood warning centre.'], ['We opened the flood warning centre in May.'], [link(0, 0)]);
    expect(report.pledges[0]!.status).toBe('completed');
  });

  test('a renewal that says the act goes on keeps it carried forward against a slightly weaker report of something done', () => {
    const source = ['We plan to study ways to share flood forecasts.'];
    const target = (renewal: string) => [renewal, 'We published a first study of flood forecast sharing.'];
    const links = [link(0, 0, 0.64), link(0, 1, 0.62)];
    expect(assess(source, target('We will continue studying ways to share flood forecasts.'), links).pledges[0]!.status).toBe('carried_forward');
    // The commonest way to say so, whose cue ends in "to".
    expect(assess(source, target('We will continue to study ways to share flood forecasts.'), links).pledges[0]!.status).toBe('carried_forward');
    // A renewal that does not say so leaves the margin to the report.
    expect(assess(source, target('We will study ways to share flood forecasts.'), links).pledges[0]!.status).toBe('completed');
  });
});

describe('qualifiers', () => {
  test('extended: the target commits to a wider version', () => {
    const report = assess(
      ['Belgium and France pledged to develop their national passenger name record database.'],
      ['We call for a railway PNR, which could be extended to other European partners to complete the air PNR.'],
      [link(0, 0)],
    );
    expect(report.pledges[0]).toMatchObject({ status: 'carried_forward', topic: 'pnr', qualifiers: ['extended'] });
  });

  test('narrowed: the target commits to less', () => {
    const report = assess(
      ['We will share passenger name records with all member states.'],
      ['We will share passenger name records only with our neighbours.'],
      [link(0, 0)],
    );
    expect(report.pledges[0]).toMatchObject({ status: 'carried_forward', qualifiers: ['narrowed'] });
  });

  test('negated: the target abandons it, and the verdict is dropped with the abandonment as evidence', () => {
    const report = assess(
      ['They pushed for the quick creation of an EU border and coastguard corps.'],
      ['The plan for a European border guard was abandoned.'],
      [link(0, 0)],
    );
    expect(report.pledges[0]).toMatchObject({ status: 'dropped', qualifiers: ['negated'], evidence: [expect.objectContaining({ target: 0 })] });
  });
});

describe('new pledges and the summary', () => {
  test('a target commitment with no firm counterpart is new; one that continues a pledge is not', () => {
    const report = assess(
      ['A French liaison magistrate will be sent to Belgium.'],
      ['We will keep the liaison magistrate in Brussels.', 'We will hold a meeting of experts on returning minors.', 'The meeting took place in Paris.'],
      [link(0, 0)],
    );
    expect(report.newPledges.map((n) => n.target)).toEqual([1]);
  });

  test('a commitment the target dates to the source’s year recalls a pledge, it is not new', () => {
    const report = assessPledges({
      source: { ...doc(['The ministers met.']), date: '2016-02-01' },
      target: { ...doc(['We decided in 2016 to intensify police co-operation.', 'We decided to hold a forum.']), date: '2018-06-11' },
      links: [],
      evidenceModel: BY_SCORE,
    });
    expect(report.newPledges.map((p) => p.target)).toEqual([1]);
  });

  test('the summary counts by status and by topic, and every topic named has a label', () => {
    const report = assess(
      ['A French liaison magistrate will be sent to Belgium.', 'They pledged to fight terrorist financing.'],
      ['France stationed a liaison magistrate in Belgium.', 'We will hold a meeting of experts.'],
      [link(0, 0)],
    );
    expect(report.summary.total).toEqual({ completed: 1, carried_forward: 0, dropped: 1, new: 1 });
    expect(report.summary.byTopic).toEqual({
      'liaison-magistrate': { completed: 1, carried_forward: 0, dropped: 0, new: 0 },
      'terrorist-financing': { completed: 0, carried_forward: 0, dropped: 1, new: 0 },
      other: { completed: 0, carried_forward: 0, dropped: 0, new: 1 },
    });
    for (const id of Object.keys(report.summary.byTopic).filter((t) => t !== 'other')) expect(report.topics[id]).toEqual(expect.any(String));
  });
});

describe('6. topics only on a real concept match', () => {
  test('a pledge on political prisoners is not labelled prison radicalisation, nor money laundering information exchange', () => {
    const report = assess(
      ['We will press for the release of all political prisoners.', 'We will fight money laundering through the exchange of financial information.'],
      ['We welcome the talks.'],
      [],
    );
    expect(report.pledges.map((p) => p.topic)).not.toContain('prison-radicalisation');
    expect(report.pledges.map((p) => p.topic)).not.toContain('information-exchange');
  });

  test('without a watchlist term, topics come from the phrases the documents’ pledges share', () => {
    const context = ['The ministers met in Lisbon.', 'Trade grew last year.', 'The talks were cordial.', 'The region is prosperous.'];
    const report = assess(
      ['We will expand clean energy research.', 'We will fund clean energy startups.', 'We will protect coral reefs.', ...context],
      ['We will build clean energy grids.', 'We will restore coral reefs in the Pacific.', ...context],
      [],
    );
    const labels = report.pledges.map((p) => (p.topic ? report.topics[p.topic] : null));
    expect(labels).toEqual(['clean energy', 'clean energy', 'coral reefs']);
    expect(report.newPledges.map((p) => (p.topic ? report.topics[p.topic] : null))).toEqual(['clean energy', 'coral reefs']);
  });

  test('the parties, times and general nouns every clause shares are no topic; what the clauses are about is', () => {
    const context = ['The ministers met in Lisbon.', 'Trade grew last year.', 'The talks were cordial.', 'The region is prosperous.'];
    const report = assess(
      [
        'The leaders of both countries will cut methane emissions by the end of the year.',
        'The leaders of both countries will expand their efforts on methane emissions by the end of the year.',
        'President Moon and the leaders will take a common approach to vaccine supply.',
        'President Moon and the leaders will take a common approach to vaccine production.',
        ...context,
      ],
      ['The leaders will report on methane emissions by the end of the year.', ...context],
      [],
    );
    const labels = [...report.pledges, ...report.newPledges].map((p) => (p.topic ? report.topics[p.topic] : 'other'));
    for (const party of ['leaders', 'countries', 'end', 'year', 'president moon', 'approach', 'efforts']) expect(labels).not.toContain(party);
    expect(labels.slice(0, 2)).toEqual(['methane emissions', 'methane emissions']);
    expect(labels[2]).toMatch(/vaccine/);
  });
});

describe('a later clause recalling a commitment of the source year', () => {
  const dated = (lines: string[], date: string) => ({ ...doc(lines), date });
  const assessDated = (source: string[], target: string[], links: Link[]): PledgeReport =>
    assessPledges({ source: dated(source, '2019-03-01'), target: dated(target, '2021-05-01'), links, evidenceModel: BY_SCORE });

  test('is firm evidence for the pledge it most likely continues, however weak its link', () => {
    const report = assessDated(
      ['The mayors agreed to widen their cooperation on flood defence.', 'The mayors agreed to share traffic data.'],
      ['In 2019 we resolved to deepen our work together on floods.'],
      [link(0, 0, 0.4), link(1, 0, 0.3)],
    );
    expect(report.pledges.map((p) => [p.source, p.status, p.evidence.map((e) => e.target)])).toEqual([
      [0, 'carried_forward', [0]],
      [1, 'dropped', []],
    ]);
  });

  test('an older year is history, not a recalled pledge', () => {
    const report = assessDated(
      ['The mayors agreed to widen their cooperation on flood defence.'],
      ['Since 2005 we have resolved to act on floods.'],
      [link(0, 0, 0.4)],
    );
    expect(report.pledges[0]).toMatchObject({ status: 'dropped' });
  });
});

describe('a launch reported done', () => {
  test('is a new pledge when it continues no pledge of the source: what was set up will run', () => {
    const report = assess(['We will build a hospital in the north.'], ['The two cities launched a joint water board chaired by their mayors.'], []);
    expect(report.newPledges).toEqual([expect.objectContaining({ target: 0, confidence: 0.7 })]);
  });

  test('completes the pledge it continues, and is then no new pledge', () => {
    const report = assess(['The two cities will set up a joint water board.'], ['The two cities launched the joint water board in May.'], [link(0, 0)]);
    expect(report.pledges[0]).toMatchObject({ status: 'completed' });
    expect(report.newPledges).toEqual([]);
  });

  test('a past act that sets nothing up is no new pledge', () => {
    expect(assess(['We will build a hospital.'], ['The two cities signed a water treaty in May.'], []).newPledges).toEqual([]);
  });
});

describe('new pledges that commit to refrain', () => {
  test('"we will never recognize …" with no antecedent is a new pledge', () => {
    const report = assess(['We will build a hospital in the north.'], ['We will never recognize the seizure of the river islands.'], []);
    expect(report.newPledges.map((n) => n.target)).toEqual([0]);
  });

  test('"we will not allow …" is a new pledge too', () => {
    const report = assess(['We will build a hospital in the north.'], ['We will not allow dumping in the river.'], []);
    expect(report.newPledges.map((n) => n.target)).toEqual([0]);
  });

  test('giving something up ("no longer") is no new pledge', () => {
    const report = assess(['We will build a hospital in the north.'], ['We no longer intend to dredge the river.'], []);
    expect(report.newPledges).toEqual([]);
  });
});
