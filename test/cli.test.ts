import { runCli, type CliIo } from '../src/commands/run';
import { SEED_2016 } from './fixtures/seeds';

function captureIo(files: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string | Buffer) => void (io.out += String(t)),
    stderr: (t: string) => void (io.err += t),
    readFile: async (path: string) => {
      if (path in files) return files[path] as string;
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
  };
  return io;
}

describe('cli segment', () => {
  test('prints the language and units as JSON', async () => {
    const io = captureIo({ 'a.txt': 'The ministers met. They agreed; they left.' });
    expect(await runCli(['segment', 'a.txt'], io)).toBe(0);
    const printed = JSON.parse(io.out) as { language: string; units: Array<{ text: string; start: number; end: number }> };
    expect(printed.language).toBe('en');
    expect(printed.units.map((u) => u.text)).toEqual(['The ministers met.', 'They agreed', 'they left.']);
    expect(Object.keys(printed.units[0] ?? {})).toEqual(['index', 'text', 'start', 'end', 'kind']);
  });

  test('honours --mode and --language', async () => {
    const io = captureIo({ 'a.txt': 'Een. Twee; drie.\nVier' });
    expect(await runCli(['segment', 'a.txt', '--mode', 'lines', '--language', 'nl'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ language: 'nl', units: [{ text: 'Een. Twee; drie.' }, { text: 'Vier' }] });
  });

  test('reads a real file from disk', async () => {
    let out = '';
    const code = await runCli(['segment', `seeds/${SEED_2016}`], {
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      readFile: (p) => import('node:fs/promises').then((fs) => fs.readFile(p, 'utf8')),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).units).toHaveLength(29);
  });

  test.each([
    [['segment'], /usage/],
    [['align', 'a'], /usage/],
    [['frobnicate', 'a'], /usage/],
    [['segment', 'a.txt', '--mode', 'words'], /mode: .*clauses.*sentences.*lines/],
    [['segment', 'a.txt', '--language', 'xx'], /language: .*en.*fr.*nl.*de/],
    [['segment', 'a.txt', '--bogus'], /Unknown option/],
    // Options of `cli align` that segment has no use for: refused, not silently dropped.
    [['segment', 'a.txt', '--format', 'csv'], /--format is not an option of cli segment/],
    [['segment', 'a.txt', '--out', 'x.json'], /--out is not an option of cli segment/],
    [['segment', 'a.txt', '--source-date', '2016'], /--source-date is not an option of cli segment/],
  ])('refuses %j with a usage message and exit code 2', async (argv, message) => {
    const io = captureIo({ 'a.txt': 'x' });
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  test('a missing file is exit code 1 with the reason', async () => {
    const io = captureIo();
    expect(await runCli(['segment', 'nope.txt'], io)).toBe(1);
    expect(io.err).toMatch(/cannot read nope.txt: ENOENT/);
  });
});

describe('cli align', () => {
  const files = {
    'a.txt': 'A French liaison magistrate will be sent to Belgium.\n\nThe ministers met in Brussels.',
    'b.md': '# Communiqué\n\n- A French liaison magistrate was stationed in Belgium in March.\n- We will hold a meeting of experts.',
  };

  test('aligns two files and prints the resource as JSON: clauses, links, pledges, summary', async () => {
    const io = captureIo(files);
    expect(await runCli(['align', 'a.txt', 'b.md'], io)).toBe(0);
    const resource = JSON.parse(io.out);
    expect(resource.source.title).toBe('a.txt');
    expect(resource.pledges).toEqual([expect.objectContaining({ status: 'completed', topic: 'liaison-magistrate' })]);
    expect(resource.newPledges).toHaveLength(1);
    expect(resource.summary.total).toEqual({ completed: 1, carried_forward: 0, dropped: 0, new: 1 });
  });

  test('--out writes the file instead of printing', async () => {
    const written: Record<string, string> = {};
    const io = { ...captureIo(files), writeFile: async (path: string, data: string | Buffer) => void (written[path] = String(data)) };
    expect(await runCli(['align', 'a.txt', 'b.md', '--out', 'r.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(JSON.parse(written['r.json']!).links.length).toBeGreaterThan(0);
  });

  test('--format csv prints the CSV report', async () => {
    const io = captureIo(files);
    expect(await runCli(['align', 'a.txt', 'b.md', '--format', 'csv'], io)).toBe(0);
    expect(io.out.startsWith('\uFEFFrow,source_units,target_units')).toBe(true);
    expect(io.out).toMatch(
      /\r\npledge,0,\d+,A French liaison magistrate will be sent to Belgium\.,A French liaison magistrate was stationed in Belgium in March\.,,,liaison magistrate,completed,/,
    );
  });

  test('--format pdf and --format html write the reports to --out', async () => {
    const written: Record<string, Buffer | string> = {};
    const io = { ...captureIo(files), writeFile: async (path: string, data: string | Buffer) => void (written[path] = data) };
    expect(await runCli(['align', 'a.txt', 'b.md', '--format', 'pdf', '--out', 'r.pdf'], io)).toBe(0);
    expect(Buffer.from(written['r.pdf']!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await runCli(['align', 'a.txt', 'b.md', '--format', 'html', '--out', 'r.html'], io)).toBe(0);
    expect(String(written['r.html'])).toMatch(/^<!doctype html>/i);
  }, 30_000);

  test('--source-date and --target-date date the documents: reports show them, and yearless dates are read against them', async () => {
    const dated = {
      'a.txt': 'France and Belgium pledged on Monday (1 February) to reinforce their cooperation.',
      'b.txt': 'Our cooperation was formalised by a joint declaration of 1 February 2016.',
    };
    const io = captureIo(dated);
    expect(await runCli(['align', 'a.txt', 'b.txt', '--source-date', '2016-02-02', '--target-date', '2018-06-11'], io)).toBe(0);
    const resource = JSON.parse(io.out);
    expect([resource.source.date, resource.target.date]).toEqual(['2016-02-02', '2018-06-11']);
    expect(resource.links.map((l: { explanation: { citations: string[] } }) => l.explanation.citations)).toEqual([['2016-02-01']]);
    const undated = captureIo(dated);
    expect(await runCli(['align', 'a.txt', 'b.txt'], undated)).toBe(0);
    expect(JSON.parse(undated.out).links.every((l: { explanation: { citations: string[] } }) => l.explanation.citations.length === 0)).toBe(true);
    const wrong = captureIo(dated);
    expect(await runCli(['align', 'a.txt', 'b.txt', '--source-date', 'last Monday'], wrong)).toBe(2);
    expect(wrong.err).toMatch(/--source-date: must be a date such as 2016-02-02, a month such as 2016-02, or a year such as 2016/);
    const impossible = captureIo(dated);
    expect(await runCli(['align', 'a.txt', 'b.txt', '--target-date', '2021-13-45'], impossible)).toBe(2);
    expect(impossible.err).toMatch(/--target-date: 2021-13-45 has no month 13/);
    const month = captureIo(dated);
    expect(await runCli(['align', 'a.txt', 'b.txt', '--source-date', '2016-02'], month)).toBe(0);
    expect(JSON.parse(month.out).source.date).toBe('2016-02');
  });

  test('--format pdf to a terminal is refused before any work; to a pipe it is written', async () => {
    const files = { 'a.txt': 'A magistrate will be sent.', 'b.txt': 'A magistrate was sent.' };
    const terminal = Object.assign(captureIo(files), { stdoutIsTerminal: true });
    expect(await runCli(['align', 'a.txt', 'b.txt', '--format', 'pdf'], terminal)).toBe(2);
    expect(terminal.err).toMatch(/--format pdf writes a binary file: give --out FILE/);
    const piped = captureIo(files);
    expect(await runCli(['align', 'a.txt', 'b.txt', '--format', 'pdf'], piped)).toBe(0);
    expect(piped.out.startsWith('%PDF-')).toBe(true);
  }, 30_000);

  test('--mode and --language segment both documents as asked, and the resource records it', async () => {
    // English text read as French: detection alone would say en, so fr shows that --language was used.
    const lines = {
      'a.txt': 'France will send a liaison magistrate. It will reinforce the controls.\nThe ministers met.',
      'b.txt': 'A liaison magistrate was sent. The controls were reinforced.',
    };
    const io = captureIo(lines);
    expect(await runCli(['align', 'a.txt', 'b.txt', '--mode', 'lines', '--language', 'fr'], io)).toBe(0);
    const resource = JSON.parse(io.out);
    expect(resource.options).toEqual({ segmentation: 'lines' });
    expect([resource.source.language, resource.target.language]).toEqual(['fr', 'fr']);
    expect(resource.source.clauses.map((c: { text: string }) => c.text)).toEqual([
      'France will send a liaison magistrate. It will reinforce the controls.',
      'The ministers met.',
    ]);
    expect(resource.target.clauses).toHaveLength(1);
  });

  test.each([
    [['--mode', 'words'], /mode: .*clauses.*sentences.*lines/],
    [['--language', 'xx'], /language: .*en.*fr.*nl.*de/],
    [['--bogus'], /Unknown option/],
  ])('refuses align with %j before any work, with exit code 2', async (extra, message) => {
    const io = captureIo(files);
    expect(await runCli(['align', 'a.txt', 'b.md', ...extra], io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  test('a missing file fails with exit 1 and a message; a wrong call with exit 2 and the usage', async () => {
    const io = captureIo(files);
    expect(await runCli(['align', 'a.txt', 'missing.txt'], io)).toBe(1);
    expect(io.err).toMatch(/cannot read/);
    const usage = captureIo(files);
    expect(await runCli(['align', 'a.txt'], usage)).toBe(2);
    expect(usage.err).toMatch(/cli align SOURCE TARGET/);
    expect(await runCli(['align', 'a.txt', 'b.md', '--format', 'docx'], usage)).toBe(2);
  });
});
