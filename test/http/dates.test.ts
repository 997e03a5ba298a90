import request from 'supertest';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';
import { testApp } from '../fixtures/app';

const TEXT = 'A French liaison magistrate will be sent to Belgium.';

describe('document dates at the API', () => {
  test.each([
    ['yesterday-ish', 'source'],
    ['2021-13-45', 'target'],
  ])('a JSON date %p is refused with a 422 naming %s.date', async (date, side) => {
    const body = { source: { text: TEXT }, target: { text: TEXT }, [side]: { text: TEXT, date } };
    const res = await request(testApp()).post('/api/v1/alignments').send(body).expect(422);
    expect(res.body.fields).toEqual([{ field: `${side}.date`, detail: expect.stringMatching(/date such as 2016-02-02/) }]);
    expect(res.body.detail).toMatch(side === 'source' ? /^The earlier document \(source\), date: / : /^The later document \(target\), date: /);
  });

  test('an upload form with a bad date is refused the same way', async () => {
    const res = await request(testApp())
      .post('/api/v1/alignments')
      .attach('source', Buffer.from(TEXT), 'a.txt')
      .attach('target', Buffer.from(TEXT), 'b.txt')
      .field('targetDate', '31/02/2018')
      .expect(422);
    expect(res.body.fields).toEqual([{ field: 'target.date', detail: expect.stringMatching(/must be a date/) }]);
  });

  test('a year or a year-month is taken as given', async () => {
    const res = await request(testApp()).post('/api/v1/alignments').send({ source: { text: TEXT, date: '2016' }, target: { text: TEXT, date: '2018-06' } });
    expect(res.status).toBe(201);
    expect([res.body.source.date, res.body.target.date]).toEqual(['2016', '2018-06']);
  });

  test('without dates the seed pair is compared as of the dates its opening lines name, and says so', async () => {
    const app = testApp();
    const bare = await request(app).post('/api/v1/alignments').send({ source: { text: readSeed(SEED_2016) }, target: { text: readSeed(SEED_2018) } }).expect(201);
    expect(bare.body.source).toMatchObject({ date: null, inferredDate: { date: '2016-02-02', from: { field: 'text', text: expect.stringContaining('2 februari 2016') } } });
    expect(bare.body.target).toMatchObject({ date: null, inferredDate: { date: '2018-06-11', from: { field: 'text', text: expect.stringContaining('11 June 2018') } } });
    const dated = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: readSeed(SEED_2016), date: '2016-02-02' }, target: { text: readSeed(SEED_2018), date: '2018-06-11' } })
      .expect(201);
    expect(dated.body.source.inferredDate).toBeNull();
    expect(bare.body.summary.total).toEqual(dated.body.summary.total);
  }, 60_000);

  test('POST /api/v1/documents/date answers the date a comparison would use, or null', async () => {
    const app = testApp();
    const found = await request(app).post('/api/v1/documents/date').send({ text: readSeed(SEED_2018) }).expect(200);
    expect(found.body).toEqual({ date: '2018-06-11', from: { field: 'text', text: expect.stringContaining('(Paris, 11 June 2018)') } });
    const none = await request(app).post('/api/v1/documents/date').send({ text: 'We met and agreed.' }).expect(200);
    expect(none.body).toBeNull();
    await request(app).post('/api/v1/documents/date').send({ title: 'no text' }).expect(422);
  });
});

describe('refusals in plain words, tied to their field', () => {
  test('an oversize pasted text says its size and the limit in MB', async () => {
    const res = await request(testApp()).post('/api/v1/alignments').send({ source: { text: 'x '.repeat(1_572_939) }, target: { text: TEXT } }).expect(413);
    expect(res.body.detail).toBe('The text of the earlier document (source) is 3.1 MB; the limit is 2 MB.');
    expect(res.body.fields).toEqual([{ field: 'source.text', detail: res.body.detail }]);
  });

  test('a file a few bytes over the limit does not read as equal to it', async () => {
    const res = await request(testApp()).post('/api/v1/alignments').send({ source: { text: TEXT }, target: { text: 'y'.repeat(2_000_100) } }).expect(413);
    expect(res.body.detail).toBe('The text of the later document (target) is 2.0001 MB; the limit is 2 MB.');
  });

  test('an oversize upload names its side', async () => {
    const res = await request(testApp())
      .post('/api/v1/alignments')
      .attach('source', Buffer.from(TEXT), 'a.txt')
      .attach('target', Buffer.alloc(2_100_000, 'a'), 'big.txt')
      .expect(413);
    expect(res.body.fields).toEqual([{ field: 'target.file', detail: 'The file for the later document (target) is over the limit of 2 MB.' }]);
  });

  test('a PNG named .docx says which side and what it really is', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const res = await request(testApp()).post('/api/v1/alignments').attach('source', png, 'report.docx').attach('target', Buffer.from(TEXT), 'b.txt').expect(415);
    expect(res.body.fields).toEqual([{ field: 'source.file', detail: expect.stringMatching(/^The file for the earlier document \(source\), "report\.docx": .*named as DOCX but it is actually a PNG image/) }]);
  });

  test('an empty text names the field', async () => {
    const res = await request(testApp()).post('/api/v1/alignments').send({ source: { text: ' ' }, target: { text: TEXT } }).expect(422);
    expect(res.body.fields).toEqual([{ field: 'source.text', detail: expect.stringMatching(/must not be empty/) }]);
  });
});
