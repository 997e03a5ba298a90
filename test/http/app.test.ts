import request from 'supertest';
import { testApp } from '../fixtures/app';

describe('app', () => {
  test('GET /healthz and /readyz answer 200', async () => {
    const app = testApp();
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    await request(app).get('/readyz').expect(200, { status: 'ready', lanes: [] });
  });

  test('an unknown route is a 404 problem document', async () => {
    const res = await request(testApp()).get('/nope').expect(404);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'not_found', instance: '/nope' });
  });

  test('malformed JSON is a 400 problem without a stack trace', async () => {
    // Bodies are parsed on the routes that take JSON (a POST to /healthz is a 405 before any body is read).
    const res = await request(testApp()).post('/api/v1/traces').set('content-type', 'application/json').send('{"a":').expect(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('malformed_json');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});
