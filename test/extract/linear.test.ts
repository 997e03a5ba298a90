import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { PayloadTooLargeError } from '../../src/errors';
import { extractText, normalizeText, pdfPagesToText, textProblem } from '../../src/extract';
import { makeDocx, makePdf } from './make-fixtures';

/** What uploads were normalised with before: right, but quadratic on long runs of blanks. The new pass must agree with it. */
const regexNormalize = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');

describe('normalisation in one pass', () => {
  test('gives exactly what the regular expressions gave, on any mix of blanks, breaks and text', () => {
    const pieces = fc.constantFrom(' ', '\t', '\u00a0', '\n', '\r\n', '\r', '\u00ad', 'a', 'é', 'e\u0301', '\u2029', '\u000b', 'word');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(regexNormalize(text));
      }),
      { numRuns: 2_000 },
    );
  });

  test('one sentence, 400,000 spaces and a letter: well under a second (the regular expressions took 13 s for 80,000)', () => {
    const text = `One sentence.${' '.repeat(400_000)}a`;
    const started = performance.now();
    expect(normalizeText(text)).toBe(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('PDF lines joined without rescanning the paragraph', () => {
  test('an 80,000-letter line and the next: joined at once', () => {
    const started = performance.now();
    const text = pdfPagesToText([
      [
        { s: 'x'.repeat(80_000), x: 0, y: 700, w: 500, h: 10, eol: true },
        { s: 'y', x: 0, y: 688, w: 500, h: 10, eol: true },
      ],
    ]);
    expect(text).toBe(`${'x'.repeat(80_000)} y`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('20,000 short hyphenated lines of one paragraph: linear, and still hyphen-aware', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ s: i % 2 === 0 ? 'co-' : 'operation', x: 0, y: 700 - i * 0.01, w: 400, h: 10, eol: true }));
    const started = performance.now();
    const text = pdfPagesToText([items]);
    expect(performance.now() - started).toBeLessThan(2_000);
    // Both halves are words elsewhere in this document, so the hyphen is kept: "co-operation co-operation …".
    expect(text.startsWith('co-operation co-operation')).toBe(true);
  });
});

describe('text every route holds to the same rules', () => {
  test.each([
    [';'.repeat(1_000), 'contains no letters or digits'],
    ['a \ud800 b', 'holds unpaired UTF-16 surrogates, which are not text'],
    ['a\u0000b', 'holds NUL characters, which are binary data, not text'],
    ['Ordinary text 🇪🇺.', undefined],
  ])('%j', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});

describe('decompressed sizes bounded before parsing', () => {
  test('a DOCX whose document decompresses past the budget is refused as too large, not parsed', async () => {
    const docx = await makeDocx([{ para: 'word '.repeat(100_000) }]);
    const error = await extractText({ buffer: docx, filename: 'bomb.docx' }, { inflatedBytes: 200_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as Error).message).toMatch(/decompresses to more than 200000 bytes/);
    expect((await extractText({ buffer: docx, filename: 'fine.docx' })).text).toMatch(/^word word/);
  }, 30_000);

  test('a zip bomb that lies about its sizes is caught by inflating with a cap', async () => {
    const docx = await makeDocx([{ para: 'x' }]);
    // Swap in a 100 MB deflated document but keep the small sizes the directory declares: only inflating tells.
    const bomb = deflateRawSync(Buffer.alloc(100_000_000, 0x20));
    const { lies } = await import('./zip-bomb');
    const error = await extractText({ buffer: lies(docx, 'word/document.xml', bomb), filename: 'bomb.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
  }, 30_000);

  test('a PDF whose streams decompress past the budget is refused before pdf.js reads it', async () => {
    const pdf = await makePdf([{ para: 'word '.repeat(20_000) }]);
    await expect(extractText({ buffer: pdf, filename: 'big.pdf' }, { inflatedBytes: 50_000 })).rejects.toThrow(/decompresses to more than 50000 bytes/);
    expect((await extractText({ buffer: pdf, filename: 'big.pdf' })).text).toMatch(/^word word/);
  }, 30_000);
});
