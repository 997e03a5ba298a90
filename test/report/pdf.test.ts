import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { reportModel, type ReportModel } from '../../src/report';
import { pdfBuffer, renderPdf } from '../../src/report/pdf';
import { PAGE } from '../../src/report/pdf/theme';
import { seedResource } from '../fixtures/seed-report';

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
  return { pages, text, flat: text.replace(/\s+/g, ' '), pageTexts: text.split('\f'), words: words(bbox) };
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
  bbox.split('<page ').slice(1).forEach((page, i) => {
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
    read.pageTexts.slice(0, read.pages).forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${read.pages}`));
  });

  test('has the cover facts and every section heading, in order', () => {
    for (const fact of [model.source.title, model.target.title, '2 February 2016', '11 June 2018', 'EUobserver', 'Governments of France and Belgium', 'Report made: 23 November 2026 12:00 UTC']) {
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
    expect(execFileSync('pdffonts', [join(dir, 'r1.pdf')], { encoding: 'utf8' })).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
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
  let read: ReturnType<typeof readPdf>;

  beforeAll(async () => {
    const seed = reportModel(await seedResource());
    const model: ReportModel = {
      ...seed,
      source: { ...seed.source, title: 'Łódź — Ελλάδα — Москва: un rapport très, très long sur la coopération franco-belge', date: null, dateText: null, publisher: null },
      target: { ...seed.target, title: 'Bericht über die Zusammenarbeit', date: 'Frühjahr 2018', dateText: 'Frühjahr 2018' },
      pledges: [{ ...seed.pledges[0]!, sourceText: giant }, { ...seed.pledges[1]!, targets: [{ index: 1, text: unbroken, cue: 'will', strength: 0.9 }] }, ...seed.pledges],
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

  test('says so when a list is empty or a pair has no diff, and prints other scripts', () => {
    for (const note of ['shared words in bold', 'No pledge was dropped.', 'Every clause is aligned.', 'Date: not given', 'Date: Frühjahr 2018']) {
      expect(read.flat).toContain(note);
    }
    expect(read.flat).toContain('Łódź — Ελλάδα — Москва');
    read.pageTexts.slice(0, read.pages).forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${read.pages}`));
  });
});
