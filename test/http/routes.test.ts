import request from 'supertest';
import { testApp } from '../fixtures/app';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

const app = testApp();

describe('POST /api/v1/similarity', () => {
  test('scores each pair in [0, 1], paraphrases above unrelated clauses', async () => {
    const res = await request(app)
      .post('/api/v1/similarity')
      .send({
        pairs: [
          ['systematic checks at the external borders', 'systematic border controls on the external frontiers'],
          ['systematic checks at the external borders', 'the weather in Brussels was mild'],
        ],
      })
      .expect(200);
    expect(res.body.language).toBe('en');
    expect(res.body.scores).toHaveLength(2);
    expect(res.body.scores[0]).toBeGreaterThan(res.body.scores[1]);
    expect(res.body.explanations).toBeUndefined();
  });

  test('explains on request: per-signal scores and the synonyms that fired', async () => {
    const res = await request(app)
      .post('/api/v1/similarity')
      .send({ pairs: [['allow more resort to common investigation teams', 'intensifying the use of joint inquiry teams']], explain: true })
      .expect(200);
    const [explanation] = res.body.explanations;
    expect(Object.keys(explanation.signals).sort()).toEqual(['concepts', 'dice', 'tfidf', 'vectors', 'wordnet']);
    expect(explanation.aliases).toContain('joint investigation teams');
  });

  test.each([
    [{}, /pairs/],
    [{ pairs: [] }, /at least one pair/],
    [{ pairs: [['a']] }, /pairs\.0/],
    [{ pairs: [['a', 'b']], language: 'xx' }, /language/],
    [{ pairs: [['a', 'b']], extra: 1 }, /extra|Unrecognized/],
  ])('refuses %j with a 422 problem naming the issue', async (body, issue) => {
    const res = await request(app).post('/api/v1/similarity').send(body).expect(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('invalid_request');
    expect(res.body.issues.join('\n')).toMatch(issue);
  });

  test('more than 10,000 pairs is a 413 problem naming the limit', async () => {
    const pairs = Array.from({ length: 10_001 }, () => ['a', 'b']);
    const res = await request(app).post('/api/v1/similarity').send({ pairs }).expect(413);
    expect(res.body).toMatchObject({ code: 'payload_too_large', detail: expect.stringMatching(/10001 pairs; the limit is 10000/) });
  });

  test('a clause over 5,000 characters is a 413 problem', async () => {
    const res = await request(app)
      .post('/api/v1/similarity')
      .send({ pairs: [['a'.repeat(5001), 'b']] })
      .expect(413);
    expect(res.body.detail).toMatch(/over 5000 characters/);
  });
});

describe('POST /api/v1/alignments', () => {
  test('aligns the seed pair: both documents’ clauses and the links between them', async () => {
    const res = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: readSeed(SEED_2016), title: 'EUobserver 2016' }, target: { text: readSeed(SEED_2018) } })
      .expect(201);
    expect(res.body.source).toMatchObject({ title: 'EUobserver 2016', language: 'en' });
    expect(res.body.source.clauses).toHaveLength(29);
    expect(res.body.target.clauses).toHaveLength(66);
    const clause = (doc: 'source' | 'target', i: number): string => res.body[doc].clauses[i].text;
    const magistrate = res.body.links.find((l: { source: number[] }) => clause('source', l.source[0]!).startsWith('A French liaison magistrate'));
    expect(clause('target', magistrate.target[0])).toBe('stationing a French liaison magistrate in Belgium');
    expect(Object.keys(magistrate).sort()).toEqual(['diff', 'explanation', 'relation', 'score', 'source', 'target']);
    expect(res.body.order).toMatchObject({ requested: 'auto', mode: expect.stringMatching(/^(free|monotone)$/) });
    for (const link of res.body.links) {
      for (const s of link.source) expect(['clause', 'heading']).toContain(res.body.source.clauses[s].kind);
    }
  });

  test('honours segmentation, monotone and threshold options', async () => {
    const body = {
      source: { text: 'One cat sat.\nTwo dogs ran.' },
      target: { text: 'Two dogs ran.\nOne cat sat.' },
      options: { segmentation: 'lines', monotone: true, threshold: 0.5 },
    };
    const res = await request(app).post('/api/v1/alignments').send(body).expect(201);
    expect(res.body.links).toHaveLength(1);
  });

  test.each([
    [{ source: { text: '' }, target: { text: 'x' } }, /source\.text: must not be empty/],
    [{ source: { text: '   ' }, target: { text: 'x' } }, /source\.text: must not be empty/],
    [{ source: { text: 'x' } }, /target/],
    [{ source: { text: 'x' }, target: { text: 'y' }, options: { threshold: 2 } }, /threshold/],
    [{ source: { text: 'x' }, target: { text: 'y' }, options: { segmentation: 'words' } }, /segmentation/],
  ])('refuses %j with a 422', async (body, issue) => {
    const res = await request(app).post('/api/v1/alignments').send(body).expect(422);
    expect(res.body.issues.join('\n')).toMatch(issue);
  });

  test('a body over the limit is a 413 problem', async () => {
    const res = await request(app)
      .post('/api/v1/alignments')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ source: { text: 'x'.repeat(6_000_000) }, target: { text: 'y' } }))
      .expect(413);
    expect(res.body.code).toBe('payload_too_large');
  });
});
