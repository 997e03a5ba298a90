/**
 * Benchmark inputs. Every input is deterministic (no Math.random), so two runs
 * of the benchmark, on any machine, segment exactly the same text.
 */

export type CaseGroup = 'ordinary' | 'hostile';

export interface BenchCase {
  readonly name: string;
  readonly group: CaseGroup;
  /** Size in MB before building, so the time budget can be shared out by size up front. */
  readonly mb: number;
  /** Built lazily: holding every 1-4 MB input at once would inflate the RSS we report. */
  readonly build: () => string;
}

const MB = 1_000_000;

/** Repeats `unit` until the result holds at least `bytes` bytes of UTF-8. */
function fill(unit: string, bytes: number, prefix = ''): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return prefix + unit.repeat(Math.ceil((bytes - Buffer.byteLength(prefix, 'utf8')) / unitBytes));
}

/** mulberry32: tiny, fast, and good enough to make text look arbitrary. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws pieces from `pool` until `bytes` of UTF-8 are reached; pieces may repeat to weight them. */
function randomText(seed: number, bytes: number, pool: readonly string[]): string {
  const next = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece = pool[Math.floor(next() * pool.length)] as string;
    parts.push(piece);
    size += Buffer.byteLength(piece, 'utf8');
  }
  return parts.join('');
}

const ASCII_POOL: readonly string[] = [
  ...'abcdefghijklmnopqrstuvwxyz'.repeat(6),
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'0123456789',
  ...' '.repeat(30),
  ...'.,;:!?"\'()[]-*/',
  '. ',
  '. ',
  ', ',
  '; ',
  ': ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '- ',
  '1. ',
  'Mr. ',
  '...',
];

const UNICODE_POOL: readonly string[] = [
  ...'abcdeéèëfghijklmnoöpqrstuüvwxyzßçÉÖ',
  // Combining marks stacked on base letters: one visible letter, several code units.
  'e\u0301',
  'a\u0308\u0323',
  'o\u0327\u0301\u0302',
  // Hebrew and Arabic letters, and the marks that flip or embed direction.
  ...'אבגדהוזחטיכלמנסעפצקרשת',
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  '\u200F',
  '\u202E',
  '\u202C',
  '\u061F',
  // Emoji: astral (surrogate pairs), flags, ZWJ families, skin-tone modifiers.
  '😀',
  '🇧🇪',
  '🇫🇷',
  '👩‍👩‍👧',
  '👍🏽',
  '🏳️‍🌈',
  // Spaces that are not U+0020, and separators that are line breaks to JavaScript.
  ' '.repeat(8),
  '\u00A0',
  '\u202F',
  '\u2009',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u000C',
  // Punctuation from several scripts, and quotes that open but may never close.
  '. ',
  '. ',
  '! ',
  '? ',
  '… ',
  '。',
  '; ',
  ': ',
  '«',
  '»',
  '„',
  '“',
  '”',
  '(',
  ')',
  '— ',
  '\n',
  '\n\n',
];

/** Ordinary text: the seed documents, repeated, with the blank line real documents have between them. */
export function ordinaryCases(seeds: readonly string[]): BenchCase[] {
  const doc = `${seeds.map((s) => s.trim()).join('\n\n')}\n\n`;
  return [
    { name: 'seeds x ~1 MB', group: 'ordinary', mb: 1, build: () => fill(doc, MB) },
    { name: 'seeds x ~4 MB', group: 'ordinary', mb: 4, build: () => fill(doc, 4 * MB) },
  ];
}

/** Inputs that aim at the scanners' worst cases: long runs with no cut, cuts everywhere, nesting that never closes. */
export function hostileCases(): BenchCase[] {
  const h = (name: string, build: () => string): BenchCase => ({ name, group: 'hostile', mb: 1, build });
  return [
    h('only spaces', () => ' '.repeat(MB)),
    h('only newlines', () => '\n'.repeat(MB)),
    h('one 1 MB word', () => 'a'.repeat(MB)),
    h('"a. " x N', () => fill('a. ', MB)),
    h('"a; " x N', () => fill('a; ', MB)),
    h('unclosed quote + sentences', () => fill('The ministers met again. They agreed to act. ', MB, 'They said: "')),
    h('"(" x N', () => '('.repeat(MB)),
    h('They said: "x y z", x N', () => fill('"x y z", ', MB, 'They said: ')),
    h('"- To do. \\n" bullets', () => fill('- To do. \n', MB)),
    // Items with no stop: a scan that does not keep to its own item reads the rest of the list for each one.
    h('"- x\\n" items without stops', () => fill('- x\n', MB)),
    h('"a.\\r\\n" x N', () => fill('a.\r\n', MB)),
    h('"Mr. " x N', () => fill('Mr. ', MB)),
    h('random unicode', () => randomText(0x5eed, MB, UNICODE_POOL)),
    h('random ASCII + punctuation', () => randomText(0xbe7c4, MB, ASCII_POOL)),
  ];
}
