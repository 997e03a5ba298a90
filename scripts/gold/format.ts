/**
 * The communiqué gold format (corpora/communiques/GUIDELINES.md): pledges and
 * new pledges named by quotes — the first words of a clause, unique in their
 * document — so a gold survives any change of segmentation.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** The shared corpora live beside the project, never inside it. */
export const CORPORA_DIR = resolve(process.env.CORPORA_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'corpora'));

const STATUS = z.enum(['completed', 'carried_forward', 'dropped']);
const quote = z.string().min(1);

export const GoldPledge = z.object({
  quote,
  status: STATUS,
  alsoAcceptable: z.array(STATUS).default([]),
  evidence: z.array(quote).default([]),
  why: z.string().default(''),
});

export const GoldFile = z.object({
  pair: z.string(),
  annotator: z.string().optional(),
  source: z.object({ path: z.string(), date: z.string() }),
  target: z.object({ path: z.string(), date: z.string() }),
  pledges: z.array(GoldPledge),
  pledgesEitherWay: z.array(quote).default([]),
  newPledges: z.array(quote).default([]),
  newEitherWay: z.array(quote).default([]),
});
export type GoldFile = z.infer<typeof GoldFile>;
export type GoldPledge = z.infer<typeof GoldPledge>;
export type Status = z.infer<typeof STATUS>;

/** Character span of a quote in its document: from the quote to the end of its sentence or line. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Two spans share at least one character: how a gold quote's clause is matched to a unit. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The quote names the clause it starts; the span runs to the end of that
 * sentence (a `.`, `?` or `!` before white space and a capital, outside
 * dotted abbreviations such as "U.S.") or line, whichever comes first.
 */
export function spanOf(text: string, q: string): Span {
  const start = text.indexOf(q);
  if (start < 0) throw new Error(`quote not found: "${q}"`);
  if (text.indexOf(q, start + 1) >= 0) throw new Error(`quote occurs more than once: "${q}"`);
  const terminator = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|\n/gu;
  terminator.lastIndex = start + q.length;
  for (let m = terminator.exec(text); m; m = terminator.exec(text)) {
    if (m[0] === '\n') return { start, end: m.index };
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    // "U.S. and", "Mr. Biden": a dot inside a dotted or titled abbreviation ends nothing.
    if (/(?:^|[^\p{L}])(?:\p{Lu}\.\p{Lu}|\p{Lu}|Mr|Ms|Mrs|Dr|St|No|Jr)$/u.test(before)) continue;
    return { start, end: m.index + m[0].length };
  }
  return { start, end: text.length };
}

/**
 * Spans of several quotes of one document: each runs to the end of its
 * sentence, or to the next quote's start when a sentence holds several
 * commitments quoted apart ("We will do A, and we will do B").
 */
export function spansOf(text: string, quotes: readonly string[]): Span[] {
  const spans = quotes.map((q) => spanOf(text, q));
  const starts = [...new Set(spans.map((s) => s.start))].sort((a, b) => a - b);
  return spans.map((s) => {
    const next = starts.find((x) => x > s.start);
    return next !== undefined && next < s.end ? { start: s.start, end: next } : s;
  });
}

/** Every quote of a gold file in one document, for cutting spans at their neighbours. */
export function quotesIn(gold: GoldFile, side: 'source' | 'target'): string[] {
  return side === 'source'
    ? [...gold.pledges.map((p) => p.quote), ...gold.pledgesEitherWay]
    : [...gold.pledges.flatMap((p) => p.evidence), ...gold.newPledges, ...gold.newEitherWay];
}

export interface LoadedGold {
  readonly gold: GoldFile;
  readonly sourceText: string;
  readonly targetText: string;
}

export function loadGold(file: string): LoadedGold {
  const gold = GoldFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { gold, sourceText: corpusText(gold.source.path), targetText: corpusText(gold.target.path) };
}

/**
 * A document of the shared corpora: a file (`communiques/NAME/source.txt`), or one statement of the briefings
 * collection named by its id (`wh-briefings/documents.jsonl.gz#statements-releases/…`), read there in place, since
 * the corpora are never copied into the project.
 */
export function corpusText(path: string): string {
  const hash = path.indexOf('#');
  if (hash < 0) return readFileSync(join(CORPORA_DIR, path), 'utf8');
  const id = path.slice(hash + 1);
  const lines = gunzipSync(readFileSync(join(CORPORA_DIR, path.slice(0, hash))))
    .toString('utf8')
    .split('\n');
  for (const line of lines) {
    if (!line.includes(id)) continue;
    const doc = JSON.parse(line) as { id: string; text: string };
    if (doc.id === id) return doc.text;
  }
  throw new Error(`${path}: no document with that id`);
}

/** Every problem with a gold file, in words, or an empty list. */
export function problemsOf(loaded: LoadedGold): string[] {
  const { gold, sourceText, targetText } = loaded;
  const problems: string[] = [];
  const check = (text: string, q: string, where: string): void => {
    try {
      spanOf(text, q);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  };
  const seen = new Set<string>();
  const once = (q: string, where: string): void => {
    if (seen.has(q)) problems.push(`${where}: "${q}" is listed twice`);
    seen.add(q);
  };
  for (const p of gold.pledges) {
    check(sourceText, p.quote, 'pledges');
    once(`s:${p.quote}`, 'pledges');
    if (p.alsoAcceptable.includes(p.status)) problems.push(`pledges: "${p.quote}" lists its own status as also acceptable`);
    if (p.status !== 'dropped' && p.evidence.length === 0) problems.push(`pledges: "${p.quote}" is ${p.status} but quotes no evidence`);
    for (const e of p.evidence) check(targetText, e, `evidence of "${p.quote.slice(0, 40)}"`);
  }
  for (const q of gold.pledgesEitherWay) {
    check(sourceText, q, 'pledgesEitherWay');
    once(`s:${q}`, 'pledgesEitherWay');
  }
  for (const q of gold.newPledges) {
    check(targetText, q, 'newPledges');
    once(`t:${q}`, 'newPledges');
  }
  for (const q of gold.newEitherWay) {
    check(targetText, q, 'newEitherWay');
    once(`t:${q}`, 'newEitherWay');
  }
  return problems;
}
