import MarkdownIt from 'markdown-it';
import { htmlToText, type HtmlText } from './html';

// Raw HTML inside Markdown is rendered and then stripped like any HTML, so a <script> in a .md cannot leak.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/**
 * Markdown to plain text through a real CommonMark parser: heading marks,
 * emphasis, link targets, images and code fences go; headings and list
 * items stay on lines of their own.
 *
 * @example
 * markdownToText('# Title\n\nSome *text* and [a link](http://x).\n\n- one\n- two').text
 * // 'Title\n\nSome text and a link.\n\n- one\n- two'
 */
export function markdownToText(source: string, maxChars = Number.POSITIVE_INFINITY): HtmlText {
  const { text, title } = htmlToText(md.render(source), maxChars);
  return { text, title };
}
