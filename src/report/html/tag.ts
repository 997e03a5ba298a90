/**
 * One way to write HTML from strings: the `html` tag escapes every value it
 * is given unless the value is already HTML (a `SafeHtml`, made by this tag
 * or by `raw`). Every string from a document, a title or a form is user
 * input, and a tag cannot forget to escape the way a hand-placed call can.
 * The report and the web page both build their markup with it.
 */

/** Markup that is already safe: made by `html` (its values escaped) or vouched for with `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: nothing (null, undefined, false) prints nothing, and arrays are joined without separator. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values (quoted with either quote).
 *
 * @example
 * escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * Markup whose interpolated values are escaped.
 *
 * @example
 * html`<p title="${title}">${text}</p>`.value // title and text escaped
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` // nested markup kept as markup
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Markup we wrote ourselves (the stylesheet, the script), passed through unescaped: never use it on input. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);
