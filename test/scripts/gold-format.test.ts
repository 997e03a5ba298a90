import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA_DIR, corpusText } from '../../scripts/gold/format';

/** A gold may name a statement of the briefings collection, read there in place (the corpora are never copied in). */
const briefings = join(CORPORA_DIR, 'wh-briefings', 'documents.jsonl.gz');
const run = existsSync(briefings) ? test : test.skip;
const ID = 'statements-releases/2022-11/2022-11-01-international-counter-ransomware-initiative-2022-joint-statement';

run('a statement of the briefings collection is read by its id: its title, then its text', () => {
  const text = corpusText(`wh-briefings/documents.jsonl.gz#${ID}`);
  expect(text.split('\n')[0]).toBe('International Counter Ransomware Initiative 2022 Joint Statement');
  expect(text.length).toBeGreaterThan(5000);
});

run('an id the collection does not hold is an error naming the path, not an empty document', () => {
  expect(() => corpusText('wh-briefings/documents.jsonl.gz#statements-releases/1999-01/none')).toThrow(/no document with that id/);
});

test('a plain path is a file of the corpora', () => {
  const file = join(CORPORA_DIR, 'communiques', 'us-rok-2021-2022', 'source.txt');
  if (!existsSync(file)) return;
  expect(corpusText('communiques/us-rok-2021-2022/source.txt').length).toBeGreaterThan(1000);
});
