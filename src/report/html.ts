import type { ReportModel } from './model';
import { diffSection, droppedSection, methodologySection, newPledgeSection, sideBySideSection, unmatchedSection } from './html/documents';
import { REPORT_CSP, REPORT_SCRIPT } from './html/script';
import { coverSection, pledgeSection, summarySection } from './html/sections';
import { REPORT_CSS } from './html/style';
import { html, raw } from './html/tag';

export { html, raw, escapeHtml, SafeHtml, type HtmlValue } from './html/tag';

/**
 * The Content-Security-Policy header value to send with `renderHtml`'s page:
 * its one inline script is allowed by hash, nothing is loaded from anywhere.
 * helmet's default policy would block the script, so the route sets this one.
 */
export const HTML_REPORT_CSP = REPORT_CSP;

const SECTIONS = [
  ['cover-h', 'The two documents'],
  ['summary-h', 'Summary'],
  ['pledges-h', 'Pledges and their verdicts'],
  ['docs-h', 'The two documents side by side'],
  ['diffs-h', 'Word differences of aligned clauses'],
  ['new-h', 'New pledges'],
  ['dropped-h', 'Dropped pledges'],
  ['unmatched-h', 'Unmatched clauses'],
  ['method-h', 'Methodology'],
] as const;

/**
 * The continuity report as one self-contained HTML page (inline CSS and
 * script, nothing fetched): the same content as the PDF, plus filters and
 * clause links to click, all from the report model. Every value goes through
 * the `html` tag, so all document text is escaped.
 *
 * @example
 * res.set('Content-Security-Policy', HTML_REPORT_CSP).type('html').send(renderHtml(reportModel(await service.get(id))));
 */
export function renderHtml(model: ReportModel): string {
  const title = `Continuity report: ${model.source.title} → ${model.target.title}`;
  const nav = SECTIONS.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<a class="skip" href="#pledges-h">Skip to the pledges</a>
<main>
<h1>Continuity report<br><small>${model.source.title} → ${model.target.title}</small></h1>
<nav aria-label="Contents"><ol>${nav}</ol></nav>
${coverSection(model)}
${summarySection(model)}
${pledgeSection(model)}
${sideBySideSection(model)}
${diffSection(model)}
${newPledgeSection(model)}
${droppedSection(model)}
${unmatchedSection(model)}
${methodologySection(model)}
</main>
<script>${raw(REPORT_SCRIPT)}</script>
</body>
</html>
`.value;
}
