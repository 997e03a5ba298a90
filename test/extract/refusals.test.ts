import fc from 'fast-check';
import { AppError, InputUnreadableError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../src/errors';
import { extractText, type UploadedFile } from '../../src/extract';
import { makeDocx, makePdf } from './make-fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const refuse = (file: UploadedFile, limits?: Parameters<typeof extractText>[1]) => extractText(file, limits);

describe('formats we do not read → 415', () => {
  it.each([
    ['an image', { buffer: PNG, filename: 'photo.png', mimetype: 'image/png' }],
    ['an image with no name', { buffer: PNG }],
    ['a .pdf that is a PNG', { buffer: PNG, filename: 'report.pdf', mimetype: 'application/pdf' }],
    ['a .txt that is a PNG', { buffer: PNG, filename: 'notes.txt' }],
    ['binary garbage with NULs', { buffer: Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]) }],
    ['a text file with an unknown extension', { buffer: Buffer.from('hello'), filename: 'data.csv' }],
    ['a text file of another media type', { buffer: Buffer.from('{"a":1}'), mimetype: 'application/json' }],
    ['text declared as PDF', { buffer: Buffer.from('just text'), filename: 'x.pdf' }],
    ['a legacy .doc', { buffer: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), filename: 'old.doc' }],
  ])('%s', async (_, file) => {
    const error = await refuse(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedMediaTypeError);
    expect((error as AppError).detail).toContain('txt, md, html, pdf, docx');
  });

  it('an xlsx or a plain zip', async () => {
    const docx = await makeDocx([{ para: 'x' }]);
    // Renaming the one entry that makes a DOCX leaves a zip that is not one (same length, so offsets hold).
    const xlsx = Buffer.from(docx.toString('latin1').replaceAll('word/document.xml', 'xl/worksheets.xml'), 'latin1');
    await expect(refuse({ buffer: xlsx })).rejects.toThrow(/spreadsheet/);
    const zip = Buffer.from(docx.toString('latin1').replaceAll('word/', 'abcd/'), 'latin1');
    await expect(refuse({ buffer: zip, filename: 'a.zip' })).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it('a real PDF declared as something else', async () => {
    const pdf = await makePdf([{ para: 'Some words.' }]);
    await expect(refuse({ buffer: pdf, filename: 'x.docx' })).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    await expect(refuse({ buffer: pdf, mimetype: 'image/png' })).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    // A generic type is no claim at all: the content decides.
    expect((await extractText({ buffer: pdf, filename: 'scan', mimetype: 'application/octet-stream' })).format).toBe('pdf');
  });
});

describe('unreadable input → 422', () => {
  it('invalid UTF-8', async () => {
    await expect(refuse({ buffer: Buffer.from([0x61, 0xc3, 0x28, 0x62]), filename: 'a.txt' })).rejects.toBeInstanceOf(InputUnreadableError);
  });

  it('an empty or blank document', async () => {
    await expect(refuse({ buffer: Buffer.from(' \n\n '), filename: 'a.txt' })).rejects.toThrow(/no text/);
    await expect(refuse({ buffer: Buffer.from('<script>x()</script>'), filename: 'a.html' })).rejects.toBeInstanceOf(InputUnreadableError);
  });

  it('an encrypted PDF', async () => {
    const pdf = await makePdf([{ para: 'Secret words.' }], { userPassword: 'pw' });
    await expect(refuse({ buffer: pdf, filename: 'secret.pdf' })).rejects.toThrow(/encrypted/);
  });

  it('a damaged PDF', async () => {
    const pdf = await makePdf([{ para: 'Some words.' }]);
    const cut = Buffer.concat([pdf.subarray(0, 20), Buffer.alloc(300, 0x7a)]);
    await expect(refuse({ buffer: cut, filename: 'x.pdf' })).rejects.toBeInstanceOf(InputUnreadableError);
  });

  it('an encrypted DOCX (an OLE container with an EncryptedPackage stream)', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]);
    await expect(refuse({ buffer: ole, filename: 'secret.docx' })).rejects.toThrow(/encrypted/);
  });

  it('a damaged DOCX: truncated, or with a broken document.xml', async () => {
    const docx = await makeDocx([{ para: 'Some words.' }]);
    await expect(refuse({ buffer: docx.subarray(0, docx.length - 40), filename: 'x.docx' })).rejects.toBeInstanceOf(InputUnreadableError);
    const stored = Buffer.from(docx);
    // Flip bytes in the middle of the compressed data: the zip directory is intact, the XML is not.
    for (let i = 200; i < 260; i += 1) stored[i] = 0x55;
    await expect(refuse({ buffer: stored, filename: 'x.docx' })).rejects.toBeInstanceOf(InputUnreadableError);
  });

  it('a parse past its deadline, and the next parse still works', async () => {
    const pdf = await makePdf([{ para: 'Some words.' }]);
    await expect(refuse({ buffer: pdf }, { parseMs: 1 })).rejects.toThrow(/took longer/);
    expect((await extractText({ buffer: pdf })).text).toBe('Some words.');
  });
});

describe('limits → 413', () => {
  it('bytes are checked before the content is looked at', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    await expect(refuse({ buffer: big })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(refuse({ buffer: Buffer.from('0123456789') }, { documentBytes: 5 })).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it('characters of extracted text, in every format', async () => {
    const long = 'word '.repeat(200);
    await expect(refuse({ buffer: Buffer.from(long) }, { extractedChars: 100 })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(refuse({ buffer: Buffer.from(`<p>${long}</p>`), filename: 'a.html' }, { extractedChars: 100 })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(refuse({ buffer: await makePdf([{ para: long }]) }, { extractedChars: 100 })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(refuse({ buffer: await makeDocx([{ para: long }]) }, { extractedChars: 100 })).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});

describe('any bytes under any name', () => {
  const names = fc.constantFrom(undefined, 'a.txt', 'a.md', 'a.html', 'a.pdf', 'a.docx', 'a.png', 'a', 'a.xyz');
  const types = fc.constantFrom(
    undefined,
    'text/plain',
    'text/html; charset=latin1',
    'application/pdf',
    'image/png',
    'application/octet-stream',
    '',
    'x/y; charset=nope',
  );
  const prefixes = fc.constantFrom('', '%PDF-1.4\n', 'PK\x03\x04', '\ufeff', '<html>', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1');

  it('resolves or rejects with an AppError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(prefixes, fc.uint8Array({ maxLength: 2048 }), names, types, async (prefix, bytes, filename, mimetype) => {
        const buffer = Buffer.concat([Buffer.from(prefix, 'latin1'), Buffer.from(bytes)]);
        const file: UploadedFile = { buffer, ...(filename === undefined ? {} : { filename }), ...(mimetype === undefined ? {} : { mimetype }) };
        try {
          const r = await extractText(file, { parseMs: 10_000 });
          expect(typeof r.text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('damaged real PDFs and DOCX files (random bytes over random spans) fail only with AppErrors', async () => {
    const blocks = [{ heading: 'Title' }, { para: 'Some words in a paragraph.' }, { item: 'An item.' }];
    const originals = [await makePdf(blocks, { title: 'T' }), await makeDocx(blocks, { title: 'T' })];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 }), async (which, at, noise) => {
        const buffer = Buffer.from(originals[which]!);
        buffer.set(noise.subarray(0, Math.max(0, buffer.length - (at % buffer.length))), at % buffer.length);
        try {
          await extractText({ buffer }, { parseMs: 10_000 });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
