import request from 'supertest';
import { createMemoryStore } from '../../src/store';
import { testApp } from '../fixtures/app';

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
