const QUOTE_OR_BRACKET = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '(', ')', '[', ']']);

/**
 * Tracks whether a scan position is inside quotes or brackets, so that a
 * full stop inside "…" or a semicolon inside (…) does not cut a unit.
 *
 * Real text has stray quotes and unbalanced brackets; a quote or bracket that
 * stays open longer than `maxSpan` characters is forgotten, so one stray mark
 * cannot glue the rest of a document into a single unit.
 *
 * @example
 * const n = new Nesting(); n.feed('(', 0, ''); n.atTopLevel(1) // false
 */
export class Nesting {
  private quoteOpenedAt = -1;
  private quoteCloser = '';
  private bracketDepth = 0;
  private bracketOpenedAt = -1;

  constructor(private readonly maxSpan = 600) {}

  /** Is this character one `feed` cares about? Lets scanners skip the call for all others. */
  static matters(char: string): boolean {
    return QUOTE_OR_BRACKET.has(char);
  }

  /** `matters` by character code: scanners ask it of every character, and a code needs no one-letter string. */
  static mattersCode(c: number): boolean {
    // " ( ) [ ] « » “ ” „
    return c === 34 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e;
  }

  /** Feeds the character at `index`; `previous` is the character before it ('' at the start). */
  feed(char: string, index: number, previous: string): void {
    this.expire(index);
    if (this.quoteOpenedAt >= 0) {
      if (this.quoteCloser.includes(char)) this.quoteOpenedAt = -1;
      else this.feedBracket(char, index);
      return;
    }
    if (char === '"') {
      if (previous === '' || /[\s([{\u2014\u2013/:-]/u.test(previous)) this.openQuote(index, '"');
    } else if (char === '\u201C') this.openQuote(index, '\u201D"');
    else if (char === '\u201E')
      this.openQuote(index, '\u201C\u201D'); // „ closes with “ in German, with ” in Dutch
    else if (char === '\u00AB') this.openQuote(index, '\u00BB');
    else this.feedBracket(char, index);
  }

  /** Would `char` close the quote that is open now? (“ closes „…“ but opens a quote of its own otherwise.) */
  wouldClose(char: string): boolean {
    return this.quoteOpenedAt >= 0 && this.quoteCloser.includes(char);
  }

  /** True when position `index` (after what was fed) is outside every live quote and bracket. */
  atTopLevel(index: number): boolean {
    this.expire(index);
    return this.quoteOpenedAt < 0 && this.bracketDepth === 0;
  }

  private feedBracket(char: string, index: number): void {
    if (char === '(' || char === '[') {
      if (this.bracketDepth === 0) this.bracketOpenedAt = index;
      this.bracketDepth += 1;
    } else if ((char === ')' || char === ']') && this.bracketDepth > 0) this.bracketDepth -= 1;
  }

  /** `closer` lists every character that may close this quote. */
  private openQuote(index: number, closer: string): void {
    this.quoteOpenedAt = index;
    this.quoteCloser = closer;
  }

  private expire(index: number): void {
    if (this.quoteOpenedAt >= 0 && index - this.quoteOpenedAt > this.maxSpan) this.quoteOpenedAt = -1;
    if (this.bracketDepth > 0 && index - this.bracketOpenedAt > this.maxSpan) this.bracketDepth = 0;
  }
}
