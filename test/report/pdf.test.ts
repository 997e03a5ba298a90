import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { reportModel, type ReportModel } from '../../src/report';
import { pdfBuffer, renderPdf } from '../../src/report/pdf';
import { PAGE } from '../../src/report/pdf/theme';
import { seedResource } from '../fixtures/seed-report';
import { notdefGlyphs } from './pdf-glyphs';

const dir = mkdtempSync(join(tmpdir(), 'pdf-report-'));
let n = 0;

/** What poppler reads from the PDF: the page count, the text, and every word's box. */
function readPdf(pdf: Buffer) {
  const file = join(dir, `r${(n += 1)}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // -raw keeps drawing order, so a wrapped table cell reads as one text once white space is folded.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { pages, info, text, flat: text.replace(/\s+/g, ' '), pageTexts: text.split('\f'), words: words(bbox), notdef: notdefGlyphs(pdf) };
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function words(bbox: string): Word[] {
  const out: Word[] = [];
  bbox
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        out.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
      }
    });
  return out;
}

/** Words outside the text area, except the running header above it and "Page n of m" below it. */
function strayWords(all: readonly Word[]): Word[] {
  const [width, height] = [595.28, 841.89];
  const { top, bottom, left, right } = PAGE.margins;
  return all.filter((w) => {
    if (w.xMin < left - 1 || w.xMax > width - right + 1) return true;
    if (w.yMax <= top) return w.page === 1 || w.yMin < 20;
    if (w.yMin >= height - bottom) return !/^(Page|of|\d+)$/.test(w.text) || w.yMax > height - 10;
    return w.yMax > height - bottom + 1;
  });
}

/**
 * How far down each page the ink reaches, as a share of the text area: the
 * pages drawn in grey at 30 dpi by poppler's pdftoppm (a PGM is a header and
 * one byte a pixel), the running header and the page number left out.
 */
function pageFill(file: string): number[] {
  const out = join(dir, `fill${(n += 1)}`);
  execFileSync('pdftoppm', ['-gray', '-r', '30', file, out]);
  const dpi = 30 / 72;
  return readdirSync(dir)
    .filter((f) => f.startsWith(`fill${n}-`) && f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const pgm = readFileSync(join(dir, f));
      const [, w, h, headerLength] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/
        .exec(pgm.subarray(0, 40).toString('latin1'))!
        .map((v, i) => (i === 0 ? v.length : Number(v))) as [string, number, number, number];
      const pixels = pgm.subarray(Number(headerLength));
      const top = Math.ceil(PAGE.margins.top * dpi);
      const bottom = Math.floor(h - PAGE.margins.bottom * dpi);
      let last = top;
      for (let y = top; y < bottom; y += 1) if (pixels.subarray(y * w, (y + 1) * w).some((v) => v < 200)) last = y;
      return (last - top) / (bottom - top);
    });
}

const HEADINGS = ['Summary', 'Pledges', 'Side by side', 'New pledges', 'Dropped pledges', 'Unmatched clauses', 'Methodology'];

describe('PDF report of the seed pair', () => {
  let model: ReportModel;
  let pdf: Buffer;
  let read: ReturnType<typeof readPdf>;

  beforeAll(async () => {
    model = reportModel(await seedResource());
    pdf = await pdfBuffer(model);
    read = readPdf(pdf);
  }, 60_000);

  test('parses, with more than three pages numbered "Page n of N"', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(read.pages).toBeGreaterThan(3);
    for (const [i, page] of read.pageTexts.slice(0, read.pages).entries()) expect(page).toContain(`Page ${i + 1} of ${read.pages}`);
  });

  test('has the cover facts and every section heading, in order', () => {
    for (const fact of [
      model.source.title,
      model.target.title,
      '2 February 2016',
      '11 June 2018',
      'EUobserver',
      'Governments of France and Belgium',
      'Report made: 23 November 2026 12:00 UTC',
    ]) {
      expect(read.pageTexts[0]!.replace(/\s+/g, ' ')).toContain(fact);
    }
    // A heading is a line of its own; pages are separated by form feeds, which `^` does not see as a line start.
    const at = HEADINGS.map((h) => read.text.search(new RegExp(`(^|\\f)${h}$`, 'm')));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('shows the summary sentences and the chart labels with their numbers', () => {
    for (const sentence of model.sentences) expect(read.flat).toContain(sentence);
    const c = model.counts;
    expect(read.flat).toContain(`Completed ${c.completed} Carried forward ${c.carried_forward} Dropped ${c.dropped} New in 2018 ${c.new}`);
  });

  test('lists the seed pledges with their verdicts in words', () => {
    for (const p of model.pledges) {
      expect(read.flat).toContain(p.sourceText.replace(/\s+/g, ' '));
      expect(read.flat).toContain(`${p.verdict} ${p.reason}`);
      for (const t of p.targets) expect(read.flat).toContain(`cue: “${t.cue}”`);
    }
    expect(read.flat).toContain('A French liaison magistrate will be sent to Belgium');
    expect(read.flat).toContain('stationing a French liaison magistrate in Belgium');
  });

  test('a pair linked through a day both texts name says which', () => {
    expect(read.flat).toMatch(/cites 1 February 2016/);
  });

  test('prints accents and typographic quotes exactly, with no mojibake', () => {
    for (const bad of ['Ã', 'â€', '�']) expect(read.text).not.toContain(bad);
    for (const exact of ['“No Money For Terror”', 'Édouard Philippe', 'Liège', 'citizens’', 'communiqué']) expect(read.flat).toContain(exact);
    expect(read.notdef).toBe(0);
    expect(execFileSync('pdffonts', [join(dir, 'r1.pdf')], { encoding: 'utf8' })).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  test('no page but the last is left under a quarter full: a section starts where the one before it ends', () => {
    const fill = pageFill(join(dir, 'r1.pdf'));
    expect(fill).toHaveLength(read.pages);
    const empty = fill
      .slice(0, -1)
      .map((f, i) => ({ page: i + 1, fill: Math.round(f * 100) }))
      .filter((p) => p.fill < 25);
    expect(empty).toEqual([]);
    // Stricter, as the layout promises: between the cover and the last page, a page ends only where the next row or section cannot start.
    expect(fill.slice(1, -1).filter((f) => f < 0.5)).toEqual([]);
  });

  test('the running header shortens a long title at a word boundary and keeps the year', () => {
    const headers = read.pageTexts.slice(1, read.pages).map((p) => p.split('\n').find((l) => l.includes(' › '))!);
    for (const header of headers) {
      const [source, target] = header.split(' › ');
      expect(source).toMatch(/ \(2016\)$/);
      expect(target).toMatch(/ \(2018\)/);
      [source!, target!].forEach((side, i) => {
        const title = (i === 0 ? model.source : model.target).title;
        const shown = side.replace(/ \(\d{4}\).*$/, '');
        if (!shown.endsWith('…')) {
          expect(shown).toBe(title);
          return;
        }
        // Shortened: what is left is the title's beginning, ending where a word of it ends.
        const kept = shown.slice(0, -1);
        expect(title.startsWith(kept)).toBe(true);
        expect(title.charAt(kept.length)).toMatch(/[\s,;:]/);
      });
    }
    expect(headers.some((h) => h.includes('…'))).toBe(true);
  });

  test('draws no text outside the page area', () => {
    expect(read.words.length).toBeGreaterThan(3000);
    expect(strayWords(read.words)).toEqual([]);
  });

  test('the same model gives the same bytes, dated from the resource', async () => {
    const again = await pdfBuffer(model);
    expect(again.equals(pdf)).toBe(true);
    expect(execFileSync('pdfinfo', [join(dir, 'r1.pdf')], { encoding: 'utf8' })).toMatch(/CreationDate:\s+Mon Nov 23 12:00:00 2026/);
  });

  test('streams into a writable, as the HTTP route pipes it', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => sink.on('end', resolve));
    renderPdf(model).pipe(sink);
    await done;
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
  });
});

describe('PDF report of an awkward model', () => {
  const giant = Array.from({ length: 160 }, (_, i) => `Klausel ${i}: Die Behörden prüfen grenzüberschreitende Maßnahmen —`).join(' ');
  const unbroken = `https://example.org/${'über-lange-adresse-'.repeat(30)}ende`;
  // A base64 blob as long as a unit may be: cut between characters over pages of the narrow source column.
  const blob = Array.from({ length: 5000 }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[(i * 37 + (i >> 3)) % 64]).join('');
  let read: ReturnType<typeof readPdf>;

  beforeAll(async () => {
    const seed = reportModel(await seedResource());
    const model: ReportModel = {
      ...seed,
      source: {
        ...seed.source,
        title: 'Łódź — Ελλάδα — Москва: un rapport très, très long sur la coopération franco-belge',
        date: null,
        dateText: null,
        publisher: null,
      },
      // Control characters, accepted in a document, have no glyph: a stray byte, an escape sequence, a Word line break.
      target: { ...seed.target, title: 'Bericht\u0001über die\u001b[31m Zusammenarbeit\u000b', date: 'Frühjahr 2018', dateText: 'Frühjahr 2018' },
      pledges: [
        { ...seed.pledges[0]!, sourceText: giant },
        { ...seed.pledges[1]!, targets: [{ index: 1, text: unbroken, cue: 'will', strength: 0.9 }] },
        { ...seed.pledges[2]!, sourceText: `Before ${blob} after.` },
        { ...seed.pledges[3]!, sourceText: 'We will set\u0001 up a \u001b[31mteam\u000b and\u007f a\bdesk\u0085now\u0000!\tthen\nnext line' },
        ...seed.pledges,
      ],
      newPledges: [],
      dropped: [],
      pairs: [{ ...seed.pairs[0]!, diff: null }, ...seed.pairs.slice(1, 4)],
      unmatchedSource: [],
      unmatchedTarget: [],
    };
    read = readPdf(await pdfBuffer(model));
  }, 60_000);

  test('splits a row taller than a page between lines, repeats the table header, and keeps every word on the page', () => {
    expect(strayWords(read.words)).toEqual([]);
    const pledgePages = read.pageTexts.filter((p) => /› .*Pledges\n/.test(p));
    expect(pledgePages.length).toBeGreaterThan(3);
    for (const page of pledgePages) expect(page).toMatch(/^Topic Source wording Target wording \(evidence, cue\) Verdict and why Confidence$/m);
    expect(read.flat).toContain('Klausel 159: Die Behörden prüfen grenzüberschreitende Maßnahmen —');
    expect(read.text.replace(/\s+/g, '')).toContain(unbroken);
  });

  test('prints a 5,000-character word whole, in order, inside its column', () => {
    // In drawing order the blob's lines stand alone, among the row's other cells and the furniture of the pages it spans.
    const span = read.text.slice(read.text.indexOf('Before') + 'Before'.length, read.text.indexOf(' after.'));
    expect(
      span
        .split('\n')
        .filter((l) => /^[A-Za-z0-9+/]+$/.test(l))
        .join(''),
    ).toBe(blob);
    // The source column ends 0.11 + 0.26 of the text width from the left margin, less its padding.
    const columnEnd = PAGE.margins.left + 0.37 * (595.28 - PAGE.margins.left - PAGE.margins.right) - 4;
    const lines = read.words.filter((w) => w.text.length > 12 && blob.includes(w.text));
    expect(lines.length).toBeGreaterThan(150);
    for (const w of lines) expect(w.xMax).toBeLessThanOrEqual(columnEnd + 0.5);
  });

  test('draws no control character, which would print as a box, and keeps the words around them', () => {
    expect(read.notdef).toBe(0);
    expect(read.flat).toContain('We will set up a [31mteam and a desk now ! then next line');
    // The running header, whose titles are drawn by pdfkit directly rather than laid out.
    expect(read.pageTexts[1]).toMatch(/› Bericht über die \[31m Zusammenarbeit Summary/);
    expect(read.info).toMatch(/^Title:\s+Continuity report: .* → Bericht über die \[31m Zusammenarbeit$/m);
  });

  test('says so when a list is empty or a pair has no diff, and prints other scripts', () => {
    for (const note of ['shared words in bold', 'No pledge was dropped.', 'Every clause is aligned.', 'Date: not given', 'Date: Frühjahr 2018']) {
      expect(read.flat).toContain(note);
    }
    expect(read.flat).toContain('Łódź — Ελλάδα — Москва');
    for (const [i, page] of read.pageTexts.slice(0, read.pages).entries()) expect(page).toContain(`Page ${i + 1} of ${read.pages}`);
  });
});
