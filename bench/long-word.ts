/**
 * How long the PDF takes to lay out one word wider than its column, at the
 * sizes a unit may reach (5,000 characters): `npx tsx bench/long-word.ts [chars...]`.
 * A timing, so a script and not a test: the tests assert the layout instead.
 * Run one size per process: word widths are remembered for the process, and
 * the layout and the report use different words so neither warms the other.
 */
import PDFDocument from 'pdfkit';
import { reportModel } from '../src/report';
import { pdfBuffer } from '../src/report/pdf';
import { fitLine, layout } from '../src/report/pdf/richtext';
import { fontPaths, SIZE } from '../src/report/pdf/theme';
import { seedResource } from '../test/fixtures/seed-report';

/** A URL-like word: no white space, nowhere to break but between characters. */
const word = (n: number, alphabet: string) => `https://example.org/${alphabet.repeat(Math.ceil(n / alphabet.length))}`.slice(0, n);

async function main() {
  const sizes = process.argv.slice(2).map(Number);
  const seed = reportModel(await seedResource());
  for (const n of sizes.length > 0 ? sizes : [800, 1600, 4000, 5000]) {
    const doc = new PDFDocument();
    doc.registerFont('regular', fontPaths().regular);
    let t = performance.now();
    // The pledge table's narrowest text column, where a long word makes the most lines.
    const block = layout(doc, [{ text: word(n, 'aZ0-_~.Q9xKp') }], 0.26 * 495.28 - 8, SIZE.table);
    const laid = performance.now() - t;
    const model = { ...seed, pledges: [{ ...seed.pledges[0]!, sourceText: word(n, 'Ub8+/=Wm3Lr') }, ...seed.pledges.slice(1)] };
    t = performance.now();
    await pdfBuffer(model);
    const whole = performance.now() - t;
    console.log(`${n} chars: layout ${laid.toFixed(0)} ms (${block.lines.length} lines), whole report ${whole.toFixed(0)} ms`);
  }
  // The running header shortens both titles (up to 500 characters) on every page; a long report has thousands.
  const doc = new PDFDocument();
  doc.registerFont('regular', fontPaths().regular);
  doc.font('regular').fontSize(SIZE.small);
  for (const [what, title] of [
    ['a one-word 500-character title', word(500, 'k3Jd_8fQ')],
    ['a 100-word title', Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ')],
  ] as const) {
    const t = performance.now();
    for (let page = 0; page < 1000; page += 1) fitLine(doc, title, 200 + (page % 7));
    console.log(`${what}: fitLine on 1,000 pages ${(performance.now() - t).toFixed(0)} ms`);
  }
}

void main();
