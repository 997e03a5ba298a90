import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { extractText } from '../../src/extract';
import { segment } from '../../src/text';
import { blocksOfText, makeDocx, makePdf } from './make-fixtures';

const SEEDS = ['000_3d6fc5ffe27e3c96', '004_8624e175269ec137'];
const clauses = (text: string): string[] => segment(text).units.map((u) => `${u.kind}|${u.text.replace(/\s+/g, ' ')}`);

/** Share of the reference units found, kind and words alike, among the units of the extracted text. */
function overlap(reference: readonly string[], got: readonly string[]): number {
  const have = new Set(got);
  return reference.filter((u) => have.has(u)).length / reference.length;
}

describe.each(SEEDS)('seed %s as PDF, DOCX, HTML and Markdown segments like the .txt', (id) => {
  const txt = readFileSync(path.join(__dirname, '..', '..', 'seeds', `${id}.txt`), 'utf8');
  const reference = clauses(txt);
  const blocks = blocksOfText(txt);

  it('PDF (with page numbers)', async () => {
    const r = await extractText({ buffer: await makePdf(blocks, { pageNumbers: true }), filename: `${id}.pdf` });
    const got = clauses(r.text);
    // A PDF loses one thing for sure: whether a hyphen at a line end was part of the word ("third-country").
    expect(overlap(reference, got)).toBeGreaterThanOrEqual(0.95);
    expect(Math.abs(got.length - reference.length)).toBeLessThanOrEqual(1);
    expect(r.title).toBe(txt.split('\n')[0]!.trim());
  }, 30_000);

  it('DOCX', async () => {
    const r = await extractText({ buffer: await makeDocx(blocks), filename: `${id}.docx` });
    expect(clauses(r.text)).toEqual(reference);
  });

  it('HTML and Markdown', async () => {
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = blocks
      .map((b) => ('heading' in b ? `<h2>${escape(b.heading)}</h2>` : 'item' in b ? `<ul><li>${escape(b.item)}</li></ul>` : `<p>${escape(b.para)}</p>`))
      .join('\n');
    const fromHtml = await extractText({ buffer: Buffer.from(`<html><body>${html}</body></html>`) });
    expect(clauses(fromHtml.text)).toEqual(reference);
    const fromMd = await extractText({ buffer: Buffer.from(txt), filename: `${id}.md` });
    expect(overlap(reference, clauses(fromMd.text))).toBeGreaterThanOrEqual(0.9);
  });
});
