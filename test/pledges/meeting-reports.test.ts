import { assessPledges } from '../../src/pledges';
import { BY_SCORE, doc, link } from './fixtures';

/**
 * What a report of something done completes. A later text that reports its authors meeting has done one thing: met.
 * It completes a pledge to meet again, and for any other pledge it only names the subject again, however near the
 * meeting clause lies to it. A change of degree ("have deepened") has no end point: it reports progress.
 */
const verdict = (pledge: string, report: string) =>
  assessPledges({ source: doc([pledge]), target: doc([report]), links: [link(0, 0)], evidenceModel: BY_SCORE }).pledges[0]!;

test('"the ministers met in Oslo" does not complete a call for a river treaty', () => {
  expect(verdict('The ministers called for a treaty on shared rivers.', 'The ministers met in Oslo today to discuss shared rivers.').status).toBe(
    'carried_forward',
  );
});

test('it does complete a pledge to meet again', () => {
  expect(verdict('The ministers will meet again in Oslo next spring.', 'The ministers met in Oslo today to discuss shared rivers.').status).toBe('completed');
});

test('other reports of an act done still complete what they report', () => {
  expect(verdict('The ministers called for a treaty on shared rivers.', 'The ministers signed a treaty on shared rivers in Oslo.').status).toBe('completed');
});

describe('a change of degree reported in the perfect is progress, not completion', () => {
  test('"we have deepened our cooperation" carries a pledge to cooperate forward', () => {
    expect(verdict('We will cooperate closely on flood defence.', 'We have deepened our cooperation on flood defence this year.').status).toBe(
      'carried_forward',
    );
  });

  test('an act with an end point reported in the perfect still completes the pledge', () => {
    expect(verdict('We will build a flood wall on the northern bank.', 'We have built the flood wall on the northern bank.').status).toBe('completed');
  });
});

describe('a decision told in the past and dated before the text reports an earlier commitment', () => {
  const dated = (lines: string[], date: string) => ({ ...doc(lines), date });
  const report = (source: string[], target: string[]) =>
    assessPledges({ source: dated(source, '2022-12-05'), target: dated(target, '2023-05-31'), links: [], evidenceModel: BY_SCORE });

  test('it is no pledge of the text that reports it', () => {
    const r = report(['On May 16, 2022, at their meeting in Oslo, the ministers decided to map the shared rivers.'], ['The weather was fine.']);
    expect(r.pledges).toEqual([]);
  });

  test('nor a new pledge of a later text', () => {
    const r = report(['We will build a dam.'], ['In March 2023, the ministers agreed to map the shared rivers.']);
    expect(r.newPledges).toEqual([]);
  });

  test('a decision of the text\u2019s own day, or one not dated, is its pledge', () => {
    expect(report(['On 5 December 2022 the ministers decided to map the shared rivers.'], ['The weather was fine.']).pledges).toHaveLength(1);
    expect(report(['We will build a dam.'], ['The ministers agreed to map the shared rivers.']).newPledges).toHaveLength(1);
  });

  test('an earlier commitment quoted in its own words is read as said', () => {
    const r = report(['In their statement of June 15, 2021, the leaders stated: “We intend to map the shared rivers together.”'], ['The weather was fine.']);
    expect(r.pledges).toHaveLength(1);
  });
});

describe('German: "treffen" is a meeting only with "sich"', () => {
  const de = (lines: string[]) => doc(lines, 'de');
  const verdictDe = (pledge: string, report: string) =>
    assessPledges({ source: de([pledge]), target: de([report]), links: [link(0, 0)], evidenceModel: BY_SCORE }).pledges[0]!;

  test('"Maßnahmen getroffen" (measures taken) completes what it reports', () => {
    expect(
      verdictDe(
        'Die Minister werden einen Aktionsplan zum Schutz der Grenzflüsse beschließen.',
        'Die Minister haben alle Maßnahmen zum Schutz der Grenzflüsse getroffen.',
      ).status,
    ).toBe('completed');
  });

  test('"haben sich in Oslo getroffen" reports a meeting, which completes no call for a treaty', () => {
    expect(
      verdictDe(
        'Die Minister forderten einen Vertrag über die Grenzflüsse.',
        'Die Minister haben sich heute in Oslo getroffen, um über die Grenzflüsse zu sprechen.',
      ).status,
    ).not.toBe('completed');
  });
});

test('"we gathered evidence" is an act done, not a meeting: it completes what it reports', () => {
  expect(
    verdict('We will document the abuses along the shared rivers.', 'We gathered and published evidence of the abuses along the shared rivers.').status,
  ).toBe('completed');
});
