import { termIndex } from '../../src/pledges/retrieval';
import { TOPIC_RETRIEVED_PER_PLEDGE, topicIndex } from '../../src/pledges/topic-similarity';
import { segment } from '../../src/text';

const doc = (lines: string[]) => segment(lines.join('\n'), { mode: 'lines', language: 'en' }).units;

describe('topic similarity: a clause read with its neighbours', () => {
  // The pledge and its continuation share no content word; the clauses around each name the subject they share.
  const source = doc([
    'Wetlands across the northern river basin are shrinking.',
    'We will protect the nesting grounds of migratory cranes.',
    'Wetland restoration along the river basin needs funding.',
    'Tariffs on steel imports will be reviewed.',
  ]);
  const target = doc([
    'Steel tariffs were reviewed in the spring.',
    'Wetlands of the river basin remain under pressure.',
    'We will advance conservation of habitat for birds that migrate.',
    'Restoring wetland along the basin is under way.',
    'Customs officers met in the capital.',
  ]);
  const terms = termIndex(source, target, { source: 'en', target: 'en' });
  const pledge = source[1]!.index;
  const index = topicIndex(terms, new Set([pledge]));

  test('the continuation in other words is nearer in topic than an unrelated clause', () => {
    const continuation = target[2]!.index;
    expect(index.similarity(pledge, continuation)).toBeGreaterThan(index.similarity(pledge, target[0]!.index));
    expect(index.similarity(pledge, continuation)).toBeGreaterThan(index.similarity(pledge, target[4]!.index));
  });

  test('retrieval finds it, and each pledge retrieves a bounded number of clauses', () => {
    const retrieved = index.retrieve();
    expect(retrieved.map((p) => p.target)).toContain(target[2]!.index);
    expect(retrieved.length).toBeLessThanOrEqual(TOPIC_RETRIEVED_PER_PLEDGE);
    expect(retrieved.every((p) => p.source === pledge)).toBe(true);
  });

  test('only pledges have a topic on the source side: another source clause compares as 0', () => {
    expect(index.similarity(source[3]!.index, target[0]!.index)).toBe(0);
  });
});
