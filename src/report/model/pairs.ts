/**
 * The aligned pairs and the two documents as the reports show them. Each
 * link says what it is to the verdicts (the evidence of a pledge, a weak link
 * that decided nothing, or a plain alignment), and a pair too different for a
 * useful word diff is shown with the words that made the link marked instead.
 */
import { analyse, compileLexicon, CONCEPT_TERM_PREFIX, DEFAULT_LEXICON, type CompiledLexicon } from '../../similarity/lexicon';
import { stem } from '../../similarity/stemmers';
import type { AlignmentResource, ResourceDiffPart, ResourceLink as Link } from '../../resource';
import type { Language, UnitKind } from '../../text';
import type { PledgeRow } from './verdicts';

/** What a link is to the verdicts, or, for a headline matched to an ordinary sentence, that it is loose. */
export type LinkRole = 'evidence' | 'weak' | 'loose' | 'link';

/** Each role as every report words it; a plain link needs no word. */
export const ROLE_WORDS: Readonly<Record<LinkRole, string>> = {
  evidence: 'evidence of a verdict',
  weak: 'weak link, decided nothing',
  loose: 'a headline, loosely matched',
  link: '',
};

/** Below this share of unchanged text, a word diff is mostly red and green and says little: the shared words say more. */
export const USEFUL_DIFF_SHARE = 0.4;

export interface PairRow extends Pick<Link, 'score' | 'relation' | 'diff'> {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly sourceText: string;
  readonly targetText: string;
  /** The days both sides name, in words ("1 February 2016"): the link stands on that reference. */
  readonly cites: readonly string[];
  readonly role: LinkRole;
  /** `diff`: show the word diff; `shared`: show both texts with `marks` (the diff would be mostly insertions and deletions). */
  readonly display: 'diff' | 'shared';
  /** Character ranges of the words that made the link, in each side's text, and those words. */
  readonly marks: {
    readonly source: ReadonlyArray<readonly [number, number]>;
    readonly target: ReadonlyArray<readonly [number, number]>;
    readonly words: readonly string[];
  };
  /** Lexicon concepts both sides name ("joint investigation teams"). */
  readonly concepts: readonly string[];
}

export interface ColumnUnit {
  readonly index: number;
  readonly text: string;
  readonly kind: UnitKind;
  /** Counterparts in the other document, each with what the link is to the verdicts. */
  readonly links: ReadonlyArray<{ readonly index: number; readonly role: LinkRole }>;
}

/**
 * What each (source, target) unit pair is: evidence of a verdict, a pledge's
 * weak link, a headline linked to an ordinary sentence (it names a whole
 * subject and matches any one sentence only loosely), or a plain link.
 */
function roles(resource: AlignmentResource): (s: number, t: number) => LinkRole {
  const evidence = new Set(resource.pledges.flatMap((p) => p.evidence.map((e) => `${p.source}:${e.target}`)));
  const pledges = new Set(resource.pledges.map((p) => p.source as number));
  const heading = (doc: AlignmentResource['source'], i: number) => doc.clauses[i]?.kind === 'heading';
  return (s, t) => {
    if (evidence.has(`${s}:${t}`)) return 'evidence';
    if (heading(resource.source, s) !== heading(resource.target, t)) return 'loose';
    return pledges.has(s) ? 'weak' : 'link';
  };
}

const ROLE_RANK: readonly LinkRole[] = ['evidence', 'weak', 'loose', 'link'];

const roleOfLink = (role: (s: number, t: number) => LinkRole, link: Link): LinkRole => {
  const all = new Set(link.source.flatMap((s) => link.target.map((t) => role(s, t))));
  return ROLE_RANK.find((r) => all.has(r)) ?? 'link';
};

/**
 * The order a reader meets the pairs in: the two titles when they are
 * linked, then the links verdicts rest on, then the rest — each strongest
 * first — and last a headline linked to an ordinary clause, which names a
 * whole subject and only loosely matches any one sentence.
 */
function readingOrder(resource: AlignmentResource, role: (s: number, t: number) => LinkRole): (a: Link, b: Link) => number {
  const titles = (l: Link) =>
    l.source.some((i) => resource.source.clauses[i]?.kind === 'heading') && l.target.some((i) => resource.target.clauses[i]?.kind === 'heading');
  const TIER: Readonly<Record<LinkRole, number>> = { evidence: 1, weak: 2, link: 2, loose: 3 };
  const tier = (l: Link): number => (titles(l) ? 0 : TIER[roleOfLink(role, l)]);
  return (a, b) => tier(a) - tier(b) || b.score - a.score || a.source[0]! - b.source[0]!;
}

/** Every link as a pair row, in reading order (see `readingOrder`). */
export function pairRows(resource: AlignmentResource, dateText: (d: string) => string): PairRow[] {
  const role = roles(resource);
  const sourceText = (i: number): string => resource.source.clauses[i]?.text ?? '';
  const targetText = (i: number): string => resource.target.clauses[i]?.text ?? '';
  return [...resource.links].sort(readingOrder(resource, role)).map((l) => {
    const texts = { source: l.source.map(sourceText).join(' '), target: l.target.map(targetText).join(' ') };
    const words = linkWords(l);
    const concepts = l.explanation.aliases ?? [];
    const side = (text: string, language: Language) => marksIn(text, [...words, ...conceptWords(text, concepts, language)], language);
    return {
      source: l.source,
      target: l.target,
      sourceText: texts.source,
      targetText: texts.target,
      score: l.score,
      relation: l.relation,
      diff: l.diff,
      // Results stored before links cited days have no such field.
      cites: (l.explanation.citations ?? []).map((d) => dateText(d)),
      role: roleOfLink(role, l),
      display: usefulDiff(l.diff, texts) ? 'diff' : 'shared',
      marks: { source: side(texts.source, resource.source.language), target: side(texts.target, resource.target.language), words },
      concepts,
    };
  });
}

/**
 * The two documents, unit by unit, each with its counterparts and what each
 * link is to the verdicts. A pledge's counterparts are exactly its evidence
 * and its weak candidates (`possible`), as the pledge table names them.
 */
export function columns(
  resource: AlignmentResource,
  pledges: readonly Pick<PledgeRow, 'source' | 'targets' | 'possible'>[],
): { source: ColumnUnit[]; target: ColumnUnit[] } {
  const role = roles(resource);
  const source = new Map<number, Map<number, LinkRole>>();
  const target = new Map<number, Map<number, LinkRole>>();
  const add = (map: Map<number, Map<number, LinkRole>>, key: number, other: number, r: LinkRole): void => {
    const m = map.get(key) ?? new Map<number, LinkRole>();
    // A pair that is evidence stays evidence, whatever else links it.
    if (m.get(other) !== 'evidence') m.set(other, r);
    map.set(key, m);
  };
  for (const link of resource.links)
    for (const s of link.source)
      for (const t of link.target) {
        add(source, s, t, role(s, t));
        add(target, t, s, role(s, t));
      }
  // Evidence and candidates a verdict found beyond the aligner's links are links of the report too: the columns show what decided.
  for (const p of pledges) {
    for (const e of p.targets) {
      add(source, p.source, e.index, 'evidence');
      add(target, e.index, p.source, 'evidence');
    }
    for (const c of p.possible) {
      add(source, p.source, c.index, 'weak');
      add(target, c.index, p.source, 'weak');
    }
  }
  const unitsOf = (doc: AlignmentResource['source'], links: Map<number, Map<number, LinkRole>>): ColumnUnit[] =>
    doc.clauses.map((u) => ({
      index: u.index,
      text: u.text,
      kind: u.kind,
      links: [...(links.get(u.index) ?? new Map<number, LinkRole>())].sort((a, b) => a[0] - b[0]).map(([index, r]) => ({ index, role: r })),
    }));
  return { source: unitsOf(resource.source, source), target: unitsOf(resource.target, target) };
}

/** A diff is useful when a fair share of the text is common to both sides. */
function usefulDiff(diff: readonly ResourceDiffPart[] | null, texts: { source: string; target: string }): boolean {
  if (!diff) return false;
  const kept = diff.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.trim().length, 0);
  return kept / Math.max(1, texts.source.length, texts.target.length) >= USEFUL_DIFF_SHARE;
}

/** The words that made the link: shared terms, and both words of each synonym pair. */
function linkWords(link: Link): string[] {
  const e = link.explanation;
  return [...new Set([...(e.sharedTerms ?? []), ...(e.synonyms ?? []).flat()].map((w) => w.toLowerCase()))];
}

const lexicons = new Map<Language, CompiledLexicon>();

/**
 * The words by which a text names the lexicon concepts a link shares: the
 * explanation keeps one side's wording of a concept, and the other may name it
 * differently ("Frontex agency" for "EU border and coastguard corps").
 */
function conceptWords(text: string, labels: readonly string[], language: Language): string[] {
  if (labels.length === 0) return [];
  const lexicon = lexicons.get(language) ?? compileLexicon(DEFAULT_LEXICON, language);
  lexicons.set(language, lexicon);
  const analysis = analyse(text, lexicon);
  return analysis.terms.flatMap((term, i) =>
    term.startsWith(CONCEPT_TERM_PREFIX) && labels.includes(lexicon.labels.get(term.slice(CONCEPT_TERM_PREFIX.length)) ?? '') ? [analysis.surfaces[i]!] : [],
  );
}

const WORD = /[\p{L}\p{N}]+(?:[-’'/][\p{L}\p{N}]+)*/gu;

/** Where those words (or words of the same stem) stand in a text. */
function marksIn(text: string, words: readonly string[], language: Language): Array<[number, number]> {
  if (words.length === 0) return [];
  // Stemmed as the similarity's tokens are: possessive and hyphens off, so "co-operation" meets "cooperation".
  const stemOf = (w: string): string =>
    stem(
      w
        .toLowerCase()
        .replace(/[’']s$/u, '')
        .replace(/[-’'/]/gu, ''),
      language,
    );
  const wanted = new Set(words.flatMap((w) => w.split(/\s+/u)).map(stemOf));
  const marks: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(stemOf(m[0]))) marks.push([m.index, m.index + m[0].length]);
  }
  return marks;
}
