import request from 'supertest';
import { testApp } from '../fixtures/app';

const SOURCE = 'A French liaison magistrate will be sent to Belgium.';
const TARGET = 'A French liaison magistrate was stationed in Belgium.';

/** What a JSON caller sees for the fields of a document and the options, beside the text's own rules. */
describe('document fields and options at the edge', () => {
  const app = testApp();
  const post = (body: unknown) =>
    request(app)
      .post('/api/v1/alignments')
      .send(body as object);

  test('text is kept as sent: every clause is original.slice(start, end), leading blanks and all', async () => {
    const text = `\n\n   ${SOURCE}\n\nThe ministers met in Brussels.  \n`;
    const res = await post({ source: { text }, target: { text: TARGET } }).expect(201);
    const clauses = res.body.source.clauses as Array<{ text: string; start: number; end: number }>;
    expect(clauses.length).toBeGreaterThan(1);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(clauses[0]!.text).toBe(SOURCE);
  });

  test('blank text is still refused as empty, naming the field', async () => {
    const res = await post({ source: { text: ' \n\t ' }, target: { text: TARGET } }).expect(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'invalid_request', fields: [{ field: 'source.text', detail: expect.stringMatching(/must not be empty/) }] });
  });

  test.each([
    [{ order: 'free', monotone: true }, 'free'],
    [{ order: 'monotone', monotone: false }, 'monotone'],
    [{ order: 'auto', monotone: true }, 'auto'],
  ])('contradictory options %j are refused with 422 naming options.monotone', async (options, order) => {
    const res = await post({ source: { text: SOURCE }, target: { text: TARGET }, options }).expect(422);
    expect(res.body).toMatchObject({ type: 'about:blank#invalid_request', code: 'invalid_request' });
    expect(res.body.fields).toEqual([{ field: 'options.monotone', detail: expect.stringContaining(`order is "${order}"`) }]);
  });

  test('agreeing options are accepted', async () => {
    const res = await post({ source: { text: SOURCE }, target: { text: TARGET }, options: { order: 'monotone', monotone: true } }).expect(201);
    expect(res.body.order.mode).toBe('monotone');
  });

  test.each([
    ['source', 'title', 'Minutes\u0000 2016', 'U+0000'],
    ['source', 'title', 'Minutes \u001b[31m', 'U+001B'],
    ['target', 'publisher', 'Agence\u0007', 'U+0007'],
    ['target', 'title', 'Communiqu\u0092s', 'U+0092'],
    ['target', 'title', 'Half a pair \ud83d here', 'unpaired'],
    ['source', 'publisher', 'Lone low \udc00', 'unpaired'],
  ])('%s.%s with %j → 422 naming the field', async (side, field, value, words) => {
    const body = { source: { text: SOURCE }, target: { text: TARGET } } as Record<string, Record<string, string>>;
    body[side]![field] = value;
    const res = await post(body).expect(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('invalid_request');
    expect(res.body.fields).toEqual([{ field: `${side}.${field}`, detail: expect.stringContaining(words) }]);
  });

  test('a title with an emoji (a paired surrogate) is accepted', async () => {
    const res = await post({ source: { text: SOURCE, title: 'Summit 🚀 2016' }, target: { text: TARGET } }).expect(201);
    expect(res.body.source.title).toBe('Summit 🚀 2016');
  });

  test('the date preview holds its title to the same rule', async () => {
    const res = await request(app).post('/api/v1/documents/date').send({ text: SOURCE, title: 'Paris\u0000' }).expect(422);
    expect(res.body.fields).toEqual([{ field: 'title', detail: expect.stringContaining('U+0000') }]);
  });

  test('traces hold their documents to the same rules', async () => {
    const res = await request(app)
      .post('/api/v1/traces')
      .send({ documents: [{ text: SOURCE, title: 'a\u0001' }, { text: TARGET }] })
      .expect(422);
    expect(res.body.fields).toEqual([{ field: 'documents.0.title', detail: expect.stringContaining('U+0001') }]);
  });
});
