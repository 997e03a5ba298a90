/** The web page's stylesheet: system fonts, dark on light (7:1 or better), a visible focus ring on every control. */
export const WEB_CSS = `
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.8rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:.25rem 0 .5rem}
a{color:#0a4aa8}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.documents{display:grid;grid-template-columns:1fr 1fr;gap:1.25rem}
fieldset{border:1px solid #8c8c8c;border-radius:4px;margin:0 0 1rem;padding:.75rem 1rem 1rem}
legend{font-weight:700;padding:0 .25rem}
label{display:block;font-weight:600;margin:.6rem 0 .15rem}
label.inline{display:inline;font-weight:400;margin:0 0 0 .25rem}
.hint{color:#4d4d4d;font-size:.9rem;margin:.1rem 0 0}
input[type=text],input[type=number],select,textarea{font:inherit;width:100%;padding:.35rem .45rem;border:1px solid #6b6b6b;border-radius:3px;background:#fff;color:#1a1a1a}
input[type=file]{font:inherit;max-width:100%}
textarea{min-height:9rem;resize:vertical}
.options{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem;align-items:start}
.check{display:flex;align-items:center;gap:.25rem;margin-top:2.3rem}
.actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
button{font:inherit;font-weight:600;padding:.55rem 1.1rem;border-radius:4px;border:2px solid #0a4aa8;background:#0a4aa8;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0a4aa8}
button:disabled{opacity:.6;cursor:progress}
#progress{font-weight:600;min-height:1.5em;margin:.75rem 0}
#error{border:2px solid #a11;background:#fdeeee;color:#1a1a1a;padding:.75rem 1rem;border-radius:4px;margin:1rem 0}
#error:empty{border:0;padding:0;margin:0}
#error h2{color:#8b0000}
.small{font-size:.875rem;color:#4d4d4d}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;margin:.5rem 0 1rem}
iframe{width:100%;height:80vh;border:1px solid #8c8c8c;border-radius:4px}
@media (max-width:50rem){.documents,.options{grid-template-columns:1fr}}
`.trim();
