import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignmentRequest } from '../service';

/** The seed documents ship with the service (seeds/ beside src/ and dist/), so a new user can try it with one call. */
const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

interface SeedEntry {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly publisher: string;
  readonly language: 'en' | 'fr' | 'nl' | 'de';
  readonly file: string;
  readonly description: string;
}

export interface Example {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly source: Omit<SeedEntry, 'file' | 'language'>;
  readonly target: Omit<SeedEntry, 'file' | 'language'>;
  /** POST here (no body) to align the example. */
  readonly align: string;
}

const describeSeed = ({ file: _file, language: _language, ...rest }: SeedEntry) => rest;

let entries: SeedEntry[] | undefined;

/** The seeds' index, oldest first; read once, on first use rather than at start-up. */
function seedEntries(): SeedEntry[] {
  entries ??= (JSON.parse(readFileSync(join(SEEDS_DIR, 'index.json'), 'utf8')) as SeedEntry[]).sort((a, b) => a.date.localeCompare(b.date));
  return entries;
}

let seedPair: AlignmentRequest | undefined;

/**
 * The examples the service offers: the 2016 report against the 2018 communiqué.
 *
 * @example
 * listExamples()[0].align // '/api/v1/examples/seed-pair/alignments'
 */
export function listExamples(): Example[] {
  const seeds = seedEntries();
  const [source, target] = [seeds[0]!, seeds[seeds.length - 1]!];
  return [
    {
      id: 'seed-pair',
      title: `${source.publisher} ${source.date.slice(0, 4)} → ${target.publisher} ${target.date.slice(0, 4)}`,
      description:
        'The EUobserver report of the Franco-Belgian security meeting of 1 February 2016, against the joint communiqué of the next meeting (11 June 2018).',
      source: describeSeed(source),
      target: describeSeed(target),
      align: '/api/v1/examples/seed-pair/alignments',
    },
  ];
}

/** The alignment request an example stands for, or undefined for an unknown id. */
export function exampleRequest(id: string): AlignmentRequest | undefined {
  if (id !== 'seed-pair') return undefined;
  if (!seedPair) {
    const seeds = seedEntries();
    const doc = (s: SeedEntry) => ({
      text: readFileSync(join(SEEDS_DIR, s.file), 'utf8'),
      title: s.title,
      date: s.date,
      publisher: s.publisher,
      language: s.language,
    });
    seedPair = { source: doc(seeds[0]!), target: doc(seeds[seeds.length - 1]!) };
  }
  return seedPair;
}
