import request from 'supertest';
import { createMemoryStore } from '../../src/store';
import { countingRunner, testApp } from '../fixtures/app';

const dated = {
  source: { text: 'The ministers will reinforce border checks.', title: 'Joint statement on border checks', date: '2016-02-02' },
  target: { text: 'The ministers have strengthened border checks.', title: 'Joint statement on border checks', date: '2018-06-11' },
};

describe('downloading a report of a stored alignment', () => {
  test('names the file from the titles and dates kept beside the resource: the resource is not read once the report is stored', async () => {
    const store = createMemoryStore();
    const app = testApp({ store });
    const created = await request(app).post('/api/v1/alignments').send(dated).expect(201);
    const url = `${created.headers.location}/report.csv`;
    await request(app).get(url).expect(200);
    // The stored resource is the one thing a download of a stored report has no need of (it was parsed for a name).
    const get = jest.spyOn(store, 'get');
    const findByKey = jest.spyOn(store, 'findByKey');
    for (const format of ['csv', 'csv', 'csv']) {
      const res = await request(app).get(`${created.headers.location}/report.${format}`).expect(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename=joint-statement-border-checks-2016-vs-2018-continuity.csv');
    }
    expect(get).not.toHaveBeenCalled();
    expect(findByKey).not.toHaveBeenCalled();
    await request(app).get('/api/v1/alignments/nope/report.csv').expect(404);
  });
});

describe('reports and the storage quota', () => {
  test('a report that would pass the quota is sent but not kept: X-Report-Stored: false, usage unchanged, rendered again next time', async () => {
    const size = Buffer.byteLength((await request(testApp()).post('/api/v1/alignments').send(dated).expect(201)).text);
    const store = createMemoryStore();
    const runner = countingRunner();
    const app = testApp({ store, runner, quotaBytes: size + 100 });
    const created = await request(app).post('/api/v1/alignments').send(dated).expect(201);
    const first = await request(app).get(`${created.headers.location}/report.csv`).expect(200);
    const again = await request(app).get(`${created.headers.location}/report.csv`).expect(200);
    expect(first.headers['x-report-stored']).toBe('false');
    expect(again.text).toBe(first.text);
    expect(first.text.length).toBeGreaterThan(100);
    expect(await store.usage('')).toBe(size);
    expect(runner.counts['report.csv']).toBe(2);
  });

  test('under the quota a report is kept and counted, and served from the store', async () => {
    const store = createMemoryStore();
    const runner = countingRunner();
    const app = testApp({ store, runner, quotaBytes: 10_000_000 });
    const created = await request(app).post('/api/v1/alignments').send(dated).expect(201);
    const first = await request(app).get(`${created.headers.location}/report.csv`).expect(200);
    await request(app).get(`${created.headers.location}/report.csv`).expect(200);
    expect(first.headers['x-report-stored']).toBeUndefined();
    expect(await store.usage('')).toBe(Buffer.byteLength(created.text) + Buffer.byteLength(first.text));
    expect(runner.counts['report.csv']).toBe(1);
  });
});
