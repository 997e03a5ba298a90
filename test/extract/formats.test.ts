import { extractText, htmlToText } from '../../src/extract';
import { inOrder, paragraphs, UNICODE_LINE } from './helpers';
import { makeDocx, makePdf, type Block } from './make-fixtures';

const BODY =
  'France and Belgium pledged on Monday to reinforce their cooperation against terrorism, and the two governments agreed to exchange information systematically through the Schengen and Europol databases so that no warning is lost.';
const BLOCKS: Block[] = [
  { heading: 'Communiqué de presse' },
  { para: BODY },
  { para: UNICODE_LINE },
  { item: 'To station a liaison magistrate in Brussels.' },
  { item: 'To develop the national passenger name record.' },
  { para: 'The ministers will meet again in 2018.' },
];

describe('txt', () => {
  it('decodes UTF-8, keeps paragraphs and finds a title line', async () => {
    const text = `Communiqué de presse\r\n\r\n${BODY}\r\n\r\n${UNICODE_LINE}\n`;
    const r = await extractText({ buffer: Buffer.from(text), filename: 'a.txt', mimetype: 'text/plain' });
    expect(r).toEqual({ format: 'txt', title: 'Communiqué de presse', text: `Communiqué de presse\n\n${BODY}\n\n${UNICODE_LINE}` });
  });

  it('strips a UTF-8 BOM and reads UTF-16 with a BOM, either byte order', async () => {
    const bom = await extractText({ buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UNICODE_LINE)]) });
    expect(bom.text).toBe(UNICODE_LINE);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNICODE_LINE, 'utf16le')]);
    expect((await extractText({ buffer: le, filename: 'a.txt' })).text).toBe(UNICODE_LINE);
    const be = Buffer.from(le).swap16();
    expect((await extractText({ buffer: be, filename: 'a.txt' })).text).toBe(UNICODE_LINE);
  });

  it('honours a declared charset', async () => {
    const r = await extractText({ buffer: Buffer.from('Liège, café', 'latin1'), mimetype: 'text/plain; charset=iso-8859-1' });
    expect(r.text).toBe('Liège, café');
  });
});

describe('md', () => {
  const source = [
    '# Val Duchesse *II*',
    '',
    `${BODY.replace('cooperation', '**cooperation**')} See [the declaration](https://example.org/decl) ![logo](logo.png).`,
    '',
    UNICODE_LINE,
    '',
    '## Measures',
    '',
    '- To station a _liaison magistrate_ in Brussels.',
    '- To develop the `PNR`.',
    '',
    '```',
    'const x = 1;',
    '```',
    '',
    '<script>alert("x")</script>',
  ].join('\n');

  it('drops markup, keeps headings and items on their own lines', async () => {
    const r = await extractText({ buffer: Buffer.from(source), filename: 'notes.md' });
    expect(r.format).toBe('md');
    expect(r.title).toBe('Val Duchesse II');
    expect(r.text).not.toMatch(/[#*_`!\]]|https?:|logo\.png|alert/);
    expect(r.text.split('\n')).toEqual(
      expect.arrayContaining([
        'Val Duchesse II',
        'Measures',
        '- To station a liaison magistrate in Brussels.',
        '- To develop the PNR.',
        'const x = 1;',
        UNICODE_LINE,
      ]),
    );
    expect(inOrder(r.text, `Val Duchesse II ${BODY} See the declaration ${UNICODE_LINE} Measures`)).toBe(true);
    expect(paragraphs(r.text)).toContain(`${BODY} See the declaration .`);
  });

  it('takes text/plain with a .md name as Markdown', async () => {
    expect((await extractText({ buffer: Buffer.from('# T\n\nx'), filename: 'n.md', mimetype: 'text/plain' })).format).toBe('md');
  });
});

describe('html', () => {
  const page = `<!DOCTYPE html><html><head><title>Val Duchesse II &ndash; communiqué</title>
    <style>p { color: red }</style><script>var secret = 1;</script></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <h1>Joint communiqué</h1>
    <div><p>${BODY.replace('terrorism', '<b>terror</b>ism')}</p></div><p>${UNICODE_LINE.replace('’', '&rsquo;')}</p>
    <ul><li>To station a liaison magistrate in Brussels.</li><li>To develop the <em>PNR</em>.</li></ul>
    <p hidden>Hidden text</p><noscript>Enable JavaScript</noscript>
    <p>Line one<br>line two</p></body></html>`;

  it('drops head, scripts, styles and navigation; blocks become paragraphs and items lines', async () => {
    const r = await extractText({ buffer: Buffer.from(page), filename: 'page.html', mimetype: 'text/html; charset=utf-8' });
    expect(r.format).toBe('html');
    expect(r.title).toBe('Val Duchesse II – communiqué');
    expect(r.text).toBe(
      ['Joint communiqué', BODY, UNICODE_LINE, '- To station a liaison magistrate in Brussels.\n- To develop the PNR.', 'Line one\nline two'].join('\n\n'),
    );
  });

  it('is recognised without a name or type, and numbers ordered lists', async () => {
    const r = await extractText({ buffer: Buffer.from('<html><body><ol start="2"><li>a</li><li>b</li></ol></body></html>') });
    expect(r).toMatchObject({ format: 'html', text: '2. a\n3. b' });
  });

  it('uses the first heading when there is no <title>', () => {
    expect(htmlToText('<h2>Sub</h2><p>x</p>').title).toBe('Sub');
  });
});

describe('pdf', () => {
  it('rebuilds paragraphs, keeps items, finds the metadata title and keeps Unicode', async () => {
    const long = Array.from({ length: 3 }, () => BODY).join(' ');
    const pdf = await makePdf([...BLOCKS.slice(0, 1), { para: long }, ...BLOCKS.slice(2)], { title: 'Communiqué — Val Duchesse' });
    const r = await extractText({ buffer: pdf, filename: 'c.pdf', mimetype: 'application/pdf' });
    expect(r.format).toBe('pdf');
    expect(r.title).toBe('Communiqué — Val Duchesse');
    expect(paragraphs(r.text)).toEqual([
      'Communiqué de presse',
      long,
      UNICODE_LINE,
      '- To station a liaison magistrate in Brussels.',
      '- To develop the national passenger name record.',
      'The ministers will meet again in 2018.',
    ]);
  });

  it('puts a bullet that follows without a gap on a line of its own', async () => {
    const r = await extractText({ buffer: await makePdf([{ para: 'They resolved:' }, { item: 'To act.' }, { item: 'To meet.' }], { gap: 0 }) });
    expect(r.text).toBe('They resolved:\n- To act.\n- To meet.');
  });

  it('drops page numbers, joins a paragraph across pages and falls back to the first line as title', async () => {
    const blocks: Block[] = [{ heading: 'Report on cooperation' }, ...Array.from({ length: 12 }, (_, i) => ({ para: `Paragraph ${i + 1}. ${BODY}` }))];
    const r = await extractText({ buffer: await makePdf(blocks, { pageNumbers: true }) });
    expect(r.title).toBe('Report on cooperation');
    expect(paragraphs(r.text)).toEqual(blocks.map((b) => ('heading' in b ? b.heading : 'para' in b ? b.para : '')));
  });
});

describe('docx', () => {
  it('keeps paragraphs, headings and bulleted items; the core title wins', async () => {
    const r = await extractText({ buffer: await makeDocx(BLOCKS, { title: 'Title property' }), filename: 'c.docx' });
    expect(r.format).toBe('docx');
    expect(r.title).toBe('Title property');
    expect(r.text).toBe(
      [
        'Communiqué de presse',
        BODY,
        UNICODE_LINE,
        '- To station a liaison magistrate in Brussels.\n- To develop the national passenger name record.',
        'The ministers will meet again in 2018.',
      ].join('\n\n'),
    );
  });

  it('falls back to the first heading', async () => {
    expect((await extractText({ buffer: await makeDocx(BLOCKS) })).title).toBe('Communiqué de presse');
  });
});
