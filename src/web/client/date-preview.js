// @ts-check
/**
 * The date preview under an empty date field: what the comparison would read the document
 * as of, asked of the API from the document's first lines. Loaded before page.js, which
 * calls `inferredDateWords`; it is plain text for the page to show as text.
 */

/**
 * An HTML file's text and <title>, as the comparison reads them (the server extracts the
 * text from the markup): its source would quote tags, and a long <head> would push the
 * first lines past the part that is sent. Parsing here runs no script.
 * @param {string} html
 */
function htmlText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script,style,template,noscript')) el.remove();
  // Blocks end lines, as they do in the extracted text, so "first lines" means the same thing.
  for (const el of doc.body.querySelectorAll('p,div,li,br,tr,h1,h2,h3,h4,h5,h6,blockquote,pre,section,article,header,footer')) el.after('\n');
  return {
    text: (doc.body.textContent || '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim(),
    title: (doc.title || '').trim(),
  };
}

/**
 * The sentence for the date preview, or '' when there is nothing to say yet. The title
 * typed in the form comes first, as it does in the comparison; an HTML file's <title> stands in.
 * @param {File | null} file @param {string} pasted @param {string} typedTitle
 */
// biome-ignore lint/correctness/noUnusedVariables: page.js calls it; classic scripts share the page's global scope.
async function inferredDateWords(file, pasted, typedTitle) {
  if (file && !/\.(txt|md|html?)$/i.test(file.name)) return 'The date will be read from the file’s first lines when it is compared; give one to be sure.';
  const read = file && /\.html?$/i.test(file.name) ? htmlText(await file.text()) : { text: file ? await file.slice(0, 4000).text() : pasted, title: '' };
  // The date is read from the first lines only, so the start of the text is enough; a cut surrogate pair is dropped.
  const text = read.text.slice(0, 4000).replace(/[\uD800-\uDBFF]$/, '');
  if (text.trim() === '') return '';
  const title = typedTitle || read.title;
  const res = await fetch('/api/v1/documents/date', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(title ? { text, title } : { text }),
  });
  if (!res.ok) return '';
  const found = await res.json();
  return found
    ? `No date given: ${found.date} will be used, read from its ${found.from.field}: “${found.from.text}”.`
    : 'No date given, and none found in its first lines: give one, as the verdicts depend on it.';
}
