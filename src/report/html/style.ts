/**
 * The report's stylesheet, inline so the page is one self-contained file.
 * Colours are dark-on-light at 7:1 or better; every colour has a second signal
 * (a word, an outline, an underline or a strike-through), so the page reads in
 * black and white and to people who do not see the colours.
 */
export const REPORT_CSS = `
:root{--ink:#1a1a1a;--muted:#4d4d4d;--line:#c8c8c8;--focus:#0b57d0;--completed:#d7f0dc;--carried:#dbe8fb;--dropped:#fbdcdc;--new:#efe2fb;--link:#fff1a8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;margin:0}
main{max-width:80rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:2.25rem 0 .75rem;padding-top:.75rem;border-top:2px solid var(--ink)}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
.column h3{min-height:2.7em}
a{color:#0a4aa8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
.muted,.cue-note,.kind,.refs{color:var(--muted)}
.cue-note,.refs,.kind{font-size:.85em}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:700;padding:.25rem 0;caption-side:top}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f0f0f0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
nav ol{columns:2;padding-left:1.25rem}
.cover th[scope=row]{width:10rem}
.verdict{display:inline-block;padding:0 .4rem;border:1px solid var(--ink);border-radius:3px;white-space:nowrap}
.status-completed{background:var(--completed)}.status-carried-forward{background:var(--carried)}.status-dropped{background:var(--dropped)}.status-new{background:var(--new)}
.low{font-weight:700}
strong.cue{text-decoration:underline;text-decoration-thickness:2px}
figure{margin:1rem 0}
figcaption{font-weight:700}
.bars{list-style:none;padding:0;margin:.5rem 0;max-width:40rem}
.bars li{display:grid;grid-template-columns:9rem 1fr 3rem;gap:.5rem;align-items:center;margin:.25rem 0}
.bar{display:block;height:1.2rem;border:1px solid var(--ink);min-width:2px}
.bar-value{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-end;border:1px solid var(--line);padding:.75rem;margin:.5rem 0}
.filters fieldset{border:0;margin:0;padding:0}.filters legend{font-weight:700;padding:0}
.filters label{margin-right:1rem;white-space:nowrap}
.filters select{font:inherit;padding:.2rem;max-width:100%}.filters div{min-width:0;max-width:100%}
.filters p{margin:0;flex-basis:100%}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1.25rem}
.column{min-width:0}
.column ol{list-style:none;padding:0;margin:0;border:1px solid var(--line)}
.column li.weak-only{color:var(--muted)}
.reason{margin:.35rem 0 0;font-size:.9em;color:var(--muted)}
.possible{color:var(--muted)}
mark{background:var(--link);text-decoration:underline dotted}
table.pairs td{width:43%}
table.pairs th[scope=row]{font-weight:400;font-size:.9em;width:14%}
main{overflow-wrap:break-word}
.column li{padding:.35rem .5rem;border-bottom:1px solid #e6e6e6;border-left:6px solid transparent;scroll-margin:2rem}
.column li.unlinked{color:var(--muted)}
.num-ref{font-weight:700;font-size:.85em;margin-right:.35rem;font-variant-numeric:tabular-nums}
button.clause{all:unset;display:block;cursor:pointer;width:100%}
button.clause:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.column li.is-hover{background:#f3f3f3}
.column li.is-linked{background:var(--link);border-left-color:#7a5c00}
.column li.is-active{background:#dbe8fb;border-left-color:var(--focus)}
.column li.is-linked .num-ref::after{content:" (linked)"}
.column li.is-active .num-ref::after{content:" (selected)"}
.pairs{padding-left:0;list-style:none}
.pairs li{border:1px solid var(--line);padding:.5rem .75rem;margin:.5rem 0}
.pairs .meta{font-size:.9em;color:var(--muted);margin:0 0 .25rem}
.pairs p{margin:.25rem 0}
del{background:var(--dropped);text-decoration:line-through}
ins{background:var(--completed);text-decoration:underline}
del+ins{margin-left:.2em}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:50rem){.columns{grid-template-columns:1fr}nav ol{columns:1}}
@media (max-width:40rem){td,th{hyphens:auto}table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;width:auto}table.stack tr{border-top:2px solid var(--line);padding:.25rem 0}table.stack td,table.stack th{border:0;padding:.2rem 0}table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:700}table.stack caption{display:block}table.pairs th[scope=row]{white-space:normal}.bars li{grid-template-columns:6rem 1fr 2.5rem}}
@media print{
  body{font-size:10pt}main{max-width:none;padding:0}
  .filters,.skip,.no-print,nav{display:none!important}
  tr[hidden]{display:table-row!important}
  .columns{gap:.5rem}.column li{padding:.15rem .25rem;break-inside:avoid}
  h2{break-after:avoid}tr,.pairs li{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
`.trim();
