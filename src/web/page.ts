import { createHash } from 'node:crypto';
import { DEFAULT_LIMITS, sizeInWords, type Limits } from '../limits';
import { QUALIFIER_WORDS, STATUS_WORDS, verdictWords } from '../report/model/verdicts';
import { WEB_SCRIPTS } from './script';
import { WEB_CSS } from './style';

const ACCEPT =
  '.txt,.md,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** Sizes as people read them, from the limits table: the form states them before anything is sent, the clause limit too, as a long text can pass the size and still be refused for it. */
function limitWords(limits: Limits): string {
  return `Each document: a file (.txt, .md, .html, .pdf or .docx) or pasted text of up to ${sizeInWords(limits.documentBytes)}, and at most ${limits.extractedChars.toLocaleString('en')} characters of text once read from a file; at most ${limits.units.toLocaleString('en')} clauses, each of up to ${limits.unitChars.toLocaleString('en')} characters.`;
}

function documentFieldset(side: 'source' | 'target', legend: string, example: { title: string; date: string; publisher: string }): string {
  const id = (name: string) => `${side}-${name}`;
  return `<fieldset>
<legend>${legend}</legend>
<label for="${id('file')}">File (.txt, .md, .html, .pdf or .docx)</label>
<input type="file" id="${id('file')}" name="${side}" accept="${ACCEPT}" aria-describedby="${id('file-hint')} ${id('file-error')}">
<p class="hint" id="${id('file-hint')}">A chosen file is used instead of pasted text.</p>
<p class="field-error" id="${id('file-error')}" aria-live="polite"></p>
<label for="${id('text')}">Or paste the text</label>
<textarea dir="auto" id="${id('text')}" name="${side}Text" spellcheck="false" aria-describedby="${id('document-error')}"></textarea>
<p class="field-error" id="${id('document-error')}" aria-live="polite"></p>
<label for="${id('title')}">Title</label>
<input type="text" dir="auto" id="${id('title')}" name="${side}Title" maxlength="500" placeholder="e.g. ${example.title}" aria-describedby="${id('title-error')}">
<p class="field-error" id="${id('title-error')}" aria-live="polite"></p>
<label for="${id('date')}">Date</label>
<input type="text" dir="auto" id="${id('date')}" name="${side}Date" maxlength="40" inputmode="numeric" placeholder="e.g. ${example.date}" aria-describedby="${id('date-hint')} ${id('date-inferred')} ${id('date-error')}">
<p class="hint" id="${id('date-hint')}">2016-02-02, 2016-02 or 2016.</p>
<p class="inferred" id="${id('date-inferred')}" aria-live="polite"></p>
<p class="field-error" id="${id('date-error')}" aria-live="polite"></p>
<label for="${id('publisher')}">Publisher</label>
<input type="text" dir="auto" id="${id('publisher')}" name="${side}Publisher" maxlength="300" placeholder="e.g. ${example.publisher}" aria-describedby="${id('publisher-error')}">
<p class="field-error" id="${id('publisher-error')}" aria-live="polite"></p>
</fieldset>`;
}

/** Shown when the service has API keys: the key travels in a cookie only this site's API receives, so reports open and download as plain links. */
const KEY_FIELDSET = `<fieldset>
<legend>Access</legend>
<label for="api-key">API key</label>
<input type="password" id="api-key" name="apiKey" autocomplete="off" required aria-describedby="api-key-hint">
<p class="hint" id="api-key-hint">This service needs a key. It is kept for this browser session only, and sent to this site's API alone.</p>
</fieldset>`;

/**
 * The verdicts' words, from the one table the reports use, for the page's script (plain JS, so
 * it cannot import them): the page's outcome table and the report then name a verdict alike.
 */
const VERDICT_WORDS = { status: STATUS_WORDS, qualifiers: QUALIFIER_WORDS, notTakenUp: verdictWords('dropped', []).slice(STATUS_WORDS.dropped.length + 1) };
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const body = (needsKey: boolean, limits: Limits): string => `<main>
<h1>Compare two documents</h1>
<p>Give an earlier document (the source, with its pledges) and a later one (the target). The service aligns them clause by clause and says which pledges were completed, carried forward, dropped or newly made.</p>
<div class="facts" id="facts">
<p id="limits">${limitWords(limits)}</p>
<p id="dates-matter"><strong>Dates matter.</strong> The verdicts read each document's year, and dates written without a year ("on Monday, 1 February"), against its date. Without one, the date named in its title or first lines is used, shown under the date field; if none is found, give one.</p>
</div>
<noscript><p><strong>This page needs JavaScript to send the documents.</strong> Without it, use the API: <a href="/api/v1/docs">/api/v1/docs</a>.</p></noscript>
<form id="align-form" novalidate data-max-bytes="${limits.documentBytes}">
${needsKey ? KEY_FIELDSET : ''}
<div class="documents">
${documentFieldset('source', 'Earlier document (source)', { title: 'France, Belgium step up security cooperation', date: '2016-02-02', publisher: 'EUobserver' })}
${documentFieldset('target', 'Later document (target)', { title: 'Val Duchesse II: joint communiqué', date: '2018-06-11', publisher: 'Governments of France and Belgium' })}
</div>
<fieldset>
<legend>Options</legend>
<div class="options">
<div><label for="segmentation">Segmentation</label>
<select id="segmentation" name="segmentation"><option value="clauses">clauses (default)</option><option value="sentences">sentences</option><option value="lines">lines</option></select></div>
<div><label for="threshold">Link threshold (0–1)</label>
<input type="number" id="threshold" name="threshold" min="0" max="1" step="0.05" placeholder="0.3" aria-describedby="threshold-hint threshold-error">
<p class="hint" id="threshold-hint">Lowest similarity a link may have; empty for the default 0.3.</p>
<p class="field-error" id="threshold-error" aria-live="polite"></p></div>
<div class="check"><input type="checkbox" id="monotone" name="monotone"><label class="inline" for="monotone">Keep document order (monotone links)</label></div>
</div>
<p class="field-error" id="options-error" aria-live="polite"></p>
</fieldset>
<div class="actions">
<button type="submit">Align the documents</button>
<button type="button" class="secondary" id="example">Align the example pair instead</button>
</div>
</form>
<div class="progress"><p id="progress" role="status" aria-live="polite" aria-atomic="true"></p><span id="elapsed" aria-hidden="true"></span></div>
<div id="error" role="alert" tabindex="-1"></div>
<section id="result" aria-labelledby="result-h" data-verdict-words="${escapeAttr(JSON.stringify(VERDICT_WORDS))}" hidden></section>
<p class="small">The API behind this page: <a href="/api/v1/docs">/api/v1/docs</a>.</p>
</main>`;

/**
 * The web page at `/`: paste or upload two documents, align them through the
 * API, read the report and download it. One self-contained page (inline CSS
 * and script, nothing fetched from elsewhere) and the Content-Security-Policy
 * to send with it, which allows exactly that script and stylesheet by hash.
 *
 * @example
 * const { html, csp } = webPage({ needsKey: true });
 * res.set('Content-Security-Policy', csp).type('html').send(html);
 */
export function webPage(options: { needsKey?: boolean; limits?: Limits } = {}): { html: string; csp: string } {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Clause continuity: compare two documents</title>
<style>${WEB_CSS}</style>
</head>
<body>
${body(options.needsKey ?? false, options.limits ?? DEFAULT_LIMITS)}
${WEB_SCRIPTS.map((script) => `<script>${script}</script>`).join('\n')}
</body>
</html>
`;
  const csp = [
    "default-src 'none'",
    `script-src ${WEB_SCRIPTS.map(sha256).join(' ')}`,
    `style-src ${sha256(WEB_CSS)}`,
    "connect-src 'self'",
    "frame-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}
