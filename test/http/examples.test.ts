import request from 'supertest';
import { testApp } from '../fixtures/app';

describe('examples', () => {
  test('GET /api/v1/examples lists the seed pair; one POST aligns it', async () => {
    const app = testApp();
    const list = await request(app).get('/api/v1/examples').expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: 'seed-pair',
        source: expect.objectContaining({ date: '2016-02-02', publisher: 'EUobserver' }),
        target: expect.objectContaining({ date: '2018-06-11' }),
        align: '/api/v1/examples/seed-pair/alignments',
      }),
    ]);
    const created = await request(app).post(list.body.items[0].align).expect(201);
    expect(created.headers.location).toBe(`/api/v1/alignments/${created.body.id}`);
    expect(created.body.source).toMatchObject({ title: 'France, Belgium step up security cooperation', date: '2016-02-02' });
    expect(created.body.summary.total).toMatchObject({ completed: expect.any(Number), dropped: expect.any(Number) });
    expect(created.body.pledges.length).toBeGreaterThan(10);
  });

  test('an unknown example is a 404 problem', async () => {
    const res = await request(testApp()).post('/api/v1/examples/nope/alignments').expect(404);
    expect(res.body.code).toBe('not_found');
  });
});
