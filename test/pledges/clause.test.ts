import { topLevel } from '../../src/pledges/grammar/clause';
import { englishTagger } from '../../src/pledges/grammar/tagger';

const words = (text: string) => topLevel(englishTagger().tag([text])[0]!).map((t) => t.text);

test('an aside in brackets is set aside, the rest of the clause kept', () => {
  expect(words('The ministers (meeting in Brussels) will act.')).toEqual(['The', 'ministers', 'will', 'act', '.']);
});

test('a word that names a member of every JavaScript object is a word like any other', () => {
  for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
    expect(words(`The ${word} (a firm) will deliver the bridge.`)).toEqual(['The', word, 'will', 'deliver', 'the', 'bridge', '.']);
  }
});
