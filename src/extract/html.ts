import { Parser } from 'htmlparser2';
import { PayloadTooLargeError } from '../errors';

export interface HtmlText {
  readonly text: string;
  /** `<title>`, else the first heading. */
  readonly title: string | null;
}

/** Subtrees that are never the document's words. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'textarea',
  'audio',
  'video',
  'map',
]);
/** Elements that end a paragraph: the segmenter needs a blank line to see one. */
const PARAGRAPH = new Set([
  'html',
  'body',
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'menu',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'blockquote',
  'pre',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'hr',
  'address',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'center',
  'hgroup',
]);
/** Elements that stand on a line of their own without ending the paragraph's list or table. */
const LINE = new Set(['li', 'dt', 'dd', 'tr']);
const CELL = new Set(['td', 'th']);
const HEADING = /^h[1-6]$/;

/** Accumulates text with the one pending break that wins: a blank line beats a line break beats a space. */
class Sink {
  private readonly parts: string[] = [];
  private length = 0;
  private pending: 0 | 1 | 2 = 0;
  private space = false;
  private atLineStart = true;
  marker = '';

  constructor(private readonly maxChars: number) {}

  brk(level: 1 | 2): void {
    if (level > this.pending) this.pending = level;
  }

  /** `<br>`: a hard line break now; two in a row make a blank line. */
  lineBreak(): void {
    if (this.length === 0) return;
    if (this.pending === 0 && !this.atLineStart) this.push('\n');
    else this.brk(2);
    this.atLineStart = true;
    this.space = false;
  }

  spaceOut(): void {
    if (!this.atLineStart) this.space = true;
  }

  write(raw: string, pre: boolean): void {
    let s = pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' ');
    if (!pre && s.startsWith(' ')) {
      this.spaceOut();
      s = s.slice(1);
    }
    if (s === '') return;
    const trailing = !pre && s.endsWith(' ');
    if (trailing) s = s.slice(0, -1);
    if (this.pending > 0 && this.length > 0) {
      this.push(this.pending === 2 ? '\n\n' : '\n');
      this.atLineStart = true;
    }
    this.pending = 0;
    if (this.marker) {
      this.push(this.marker);
      this.marker = '';
    } else if (this.space && !this.atLineStart) this.push(' ');
    this.push(s);
    this.atLineStart = pre && s.endsWith('\n');
    this.space = trailing;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.length > this.maxChars) throw new PayloadTooLargeError(`the extracted text is longer than ${this.maxChars} characters`);
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Turns HTML into plain text that keeps its structure: blocks become
 * paragraphs, list items become `- ` or `1. ` lines, `<br>` a line break;
 * scripts, styles, navigation and hidden elements are dropped, entities decoded.
 *
 * @example
 * htmlToText('<title>T</title><p>One &amp; two</p><ul><li>a</li><li>b</li></ul>').text
 * // 'One & two\n\n- a\n- b'
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): HtmlText {
  const sink = new Sink(maxChars);
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let skipDepth = 0;
  let preDepth = 0;
  let title: string | null = null;
  let titleText: string | undefined;
  let heading: string | null = null;
  let headingText: string | undefined;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIP.has(name) || isHidden(attribs)) {
          skipDepth += 1;
          return;
        }
        if (name === 'title') titleText = '';
        else if (HEADING.test(name) && heading === null) headingText = '';
        if (name === 'pre') preDepth += 1;
        if (name === 'br') sink.lineBreak();
        else if (PARAGRAPH.has(name)) sink.brk(2);
        else if (LINE.has(name)) sink.brk(1);
        else if (CELL.has(name)) sink.spaceOut();
        if (name === 'ul' || name === 'ol' || name === 'menu') {
          lists.push({ ordered: name === 'ol', next: Number.parseInt(attribs.start ?? '1', 10) || 1 });
        } else if (name === 'li') {
          const list = lists.at(-1);
          sink.marker = list?.ordered ? `${list.next++}. ` : '- ';
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (titleText !== undefined) {
          titleText += data;
          return;
        }
        if (headingText !== undefined) headingText += data;
        sink.write(data, preDepth > 0);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth -= 1;
          return;
        }
        if (name === 'title' && titleText !== undefined) {
          title ??= clean(titleText);
          titleText = undefined;
        } else if (HEADING.test(name) && headingText !== undefined) {
          heading = clean(headingText);
          headingText = undefined;
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'ul' || name === 'ol' || name === 'menu') lists.pop();
        if (name === 'li') sink.marker = '';
        if (PARAGRAPH.has(name)) sink.brk(2);
        else if (LINE.has(name)) sink.brk(1);
        else if (CELL.has(name)) sink.spaceOut();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { text: sink.toString(), title: title ?? heading };
}

function isHidden(attribs: Record<string, string>): boolean {
  return attribs.hidden !== undefined || attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '');
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}
