/**
 * Tracks whether a scan position is inside quotes or brackets, so that a
 * full stop inside "…" or a semicolon inside (…) does not cut a unit.
 *
 * Real text has stray quotes and unbalanced brackets; a quote or bracket that
 * stays open longer than `maxSpan` characters is forgotten, so one stray mark
 * cannot glue the rest of a document into a single unit.
 */
export class Nesting {
  private quoteOpenedAt = -1;
  private quoteCloser = '';
  private bracketDepth = 0;
  private bracketOpenedAt = -1;

  constructor(private readonly maxSpan = 600) {}

  /** Feeds the character at `index`; `previous` is the character before it ('' at the start). */
  feed(char: string, index: number, previous: string): void {
    this.expire(index);
    if (this.quoteOpenedAt >= 0) {
      if (this.closesQuote(char)) this.quoteOpenedAt = -1;
      else if (char === '(' || char === '[') this.openBracket(index);
      else if ((char === ')' || char === ']') && this.bracketDepth > 0) this.bracketDepth -= 1;
      return;
    }
    switch (char) {
      case '"':
        if (previous === '' || /[\s([{\u2014\u2013/:-]/u.test(previous)) this.openQuote(index, '"');
        return;
      case '\u201C': // “
        this.openQuote(index, '\u201D');
        return;
      case '\u201E': // „ closes with “ in German
        this.openQuote(index, '\u201C');
        return;
      case '\u00AB': // «
        this.openQuote(index, '\u00BB');
        return;
      case '(':
      case '[':
        this.openBracket(index);
        return;
      case ')':
      case ']':
        if (this.bracketDepth > 0) this.bracketDepth -= 1;
        return;
      default:
    }
  }

  /** True when the last fed position is outside every quote and bracket. */
  get atTopLevel(): boolean {
    return this.quoteOpenedAt < 0 && this.bracketDepth === 0;
  }

  get inQuote(): boolean {
    return this.quoteOpenedAt >= 0;
  }

  private closesQuote(char: string): boolean {
    return char === this.quoteCloser || (this.quoteCloser === '\u201D' && char === '"');
  }

  private openQuote(index: number, closer: string): void {
    this.quoteOpenedAt = index;
    this.quoteCloser = closer;
  }

  private openBracket(index: number): void {
    if (this.bracketDepth === 0) this.bracketOpenedAt = index;
    this.bracketDepth += 1;
  }

  private expire(index: number): void {
    if (this.quoteOpenedAt >= 0 && index - this.quoteOpenedAt > this.maxSpan) this.quoteOpenedAt = -1;
    if (this.bracketDepth > 0 && index - this.bracketOpenedAt > this.maxSpan) this.bracketDepth = 0;
  }
}
