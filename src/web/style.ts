/**
 * The web page's stylesheet: system fonts, dark on light (7:1 or better), a visible
 * focus ring on every control. Everything fits 390 px: grids fall to one column, long
 * words wrap, and only the outcome table may scroll sideways, inside its own box. In the
 * table a long URL or word breaks anywhere (break-word does not shrink a table column), so
 * the verdict column stays in view; the verdict and topic columns keep a minimum width, so
 * their short words are not cut to fit the long ones beside them.
 */
export const WEB_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0;overflow-wrap:break-word}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.8rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:1rem 0 .5rem}
a{color:#0a4aa8}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.facts{border-left:4px solid #0a4aa8;background:#f2f6fc;padding:.5rem 1rem;margin:1rem 0}
.facts p{margin:.35rem 0}
.documents{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.25rem}
fieldset{border:1px solid #8c8c8c;border-radius:4px;margin:0 0 1rem;padding:.75rem 1rem 1rem;min-width:0}
legend{font-weight:700;padding:0 .25rem}
label{display:block;font-weight:600;margin:.6rem 0 .15rem}
label.inline{display:inline;font-weight:400;margin:0 0 0 .25rem}
.hint{color:#4d4d4d;font-size:.9rem;margin:.1rem 0 0}
.inferred{color:#1a1a1a;font-size:.9rem;margin:.2rem 0 0}
.inferred:empty,.field-error:empty{display:none}
.field-error{color:#8b0000;font-weight:600;margin:.3rem 0 0;padding-left:.5rem;border-left:4px solid #a11}
[aria-invalid=true]{border-color:#a11!important;outline:2px solid #a11}
input[type=text],input[type=number],input[type=password],select,textarea{font:inherit;width:100%;padding:.35rem .45rem;border:1px solid #6b6b6b;border-radius:3px;background:#fff;color:#1a1a1a}
input[type=file]{font:inherit;max-width:100%}
textarea{min-height:9rem;resize:vertical}
.options{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem;align-items:start}
.check{display:flex;align-items:center;gap:.25rem;margin-top:2.3rem}
.actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
button{font:inherit;font-weight:600;padding:.55rem 1.1rem;border-radius:4px;border:2px solid #0a4aa8;background:#0a4aa8;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0a4aa8}
button:disabled,button[aria-disabled=true]{opacity:.6;cursor:progress}
.progress{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;min-height:1.5em;margin:.75rem 0}
#progress{font-weight:600;margin:0}
#error{border:2px solid #a11;background:#fdeeee;color:#1a1a1a;padding:.75rem 1rem;border-radius:4px;margin:1rem 0}
#error:empty{border:0;padding:0;margin:0}
#error h2{color:#8b0000;margin-top:0}
.small{font-size:.875rem;color:#4d4d4d}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
.counts li{border:1px solid #8c8c8c;border-radius:4px;padding:.4rem .8rem;min-width:8rem}
.counts strong{font-size:1.6rem;display:block;line-height:1.1}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.filters>div{min-width:0;max-width:100%}
.filters select{width:auto;max-width:100%}
.table-wrap{overflow-x:auto;max-width:100%}
#outcome-table{border-collapse:collapse;width:100%;font-size:.95rem}
#outcome-table caption{text-align:left;font-size:.875rem;color:#4d4d4d;padding:.25rem 0}
#outcome-table th,#outcome-table td{border-bottom:1px solid #c8c8c8;padding:.35rem .5rem;text-align:start;vertical-align:top;overflow-wrap:anywhere}
#outcome-table td:first-child{min-width:9rem;font-weight:600}
#outcome-table td:nth-child(2){min-width:8rem}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;margin:1rem 0}
#report-frame{display:block;width:100%;min-height:20rem;border:1px solid #8c8c8c;border-radius:4px}
@media (max-width:50rem){.documents,.options{grid-template-columns:minmax(0,1fr)}.check{margin-top:0}}
@media (max-width:40rem){main{padding:.75rem .75rem 2rem}#report-frame{width:calc(100% + 1.5rem);margin:0 -.75rem;border-width:1px 0;border-radius:0}.filters>div,.filters select{width:100%}
#outcome-table thead{display:none}#outcome-table tr{display:block;border-bottom:1px solid #8c8c8c;padding:.4rem 0}
#outcome-table td{display:block;border:0;padding:.1rem 0}
#outcome-table td::before{content:attr(data-label) ": ";font-weight:600;color:#4d4d4d}}
`.trim();
