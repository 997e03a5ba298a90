import request from 'supertest';
import { testApp } from '../fixtures/app';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

interface Step {
  document: number;
  units: number[];
  status: string;
}

describe('POST /api/v1/traces and dates read off the documents', () => {
  test('undated documents are traced as of the dates an alignment reads off them: same dates, same verdicts', async () => {
    const app = testApp();
    const [older, newer] = [{ text: readSeed(SEED_2016) }, { text: readSeed(SEED_2018) }];
    const aligned = await request(app).post('/api/v1/alignments').send({ source: older, target: newer }).expect(201);
    const traced = await request(app)
      .post('/api/v1/traces')
      .send({ documents: [older, newer] })
      .expect(200);
    const docs = traced.body.documents as Array<{ date: string | null; inferredDate: unknown }>;
    expect(docs.map((d) => [d.date, d.inferredDate])).toEqual([
      [null, aligned.body.source.inferredDate],
      [null, aligned.body.target.inferredDate],
    ]);
    expect(docs.map((d) => (d.inferredDate as { date: string }).date)).toEqual(['2016-02-02', '2018-06-11']);
    const trajectories = traced.body.trajectories as Array<{ steps: Step[] }>;
    const verdicts = trajectories.filter((t) => t.steps[0]!.document === 0).map((t) => [t.steps[0]!.units[0], t.steps[1]!.status]);
    expect(verdicts).toEqual(aligned.body.pledges.map((p: { source: number; status: string }) => [p.source, p.status]));
    const made = trajectories.filter((t) => t.steps[0]!.document === 1).map((t) => t.steps[0]!.units[0]);
    expect(made.sort()).toEqual(aligned.body.newPledges.map((p: { target: number }) => p.target).sort());
  }, 60_000);

  test('a date the caller gives is kept, and nothing is inferred for that document', async () => {
    const res = await request(testApp())
      .post('/api/v1/traces')
      .send({ documents: [{ text: readSeed(SEED_2016), date: '2016' }, { text: readSeed(SEED_2018) }] })
      .expect(200);
    expect(res.body.documents.map((d: { date: string | null; inferredDate: { date: string } | null }) => [d.date, d.inferredDate?.date ?? null])).toEqual([
      ['2016', null],
      [null, '2018-06-11'],
    ]);
  }, 60_000);

  test("the answer is the JSON text JSON.stringify would write, each document's fields in order, titles and publishers first", async () => {
    const res = await request(testApp())
      .post('/api/v1/traces')
      .send({
        documents: [
          { text: readSeed(SEED_2016), title: 'Réunion « 2016 »', publisher: 'EUobserver' },
          { text: readSeed(SEED_2018) },
          { text: 'No pledge here.' },
        ],
      })
      .expect('content-type', /^application\/json/)
      .expect(200);
    expect(JSON.stringify(res.body)).toBe(res.text);
    expect(Object.keys(res.body)).toEqual(['documents', 'trajectories']);
    for (const d of res.body.documents) expect(Object.keys(d)).toEqual(['title', 'publisher', 'date', 'inferredDate', 'language', 'clauses']);
    expect(res.body.documents.map((d: { title: string | null; publisher: string | null }) => [d.title, d.publisher])).toEqual([
      ['Réunion « 2016 »', 'EUobserver'],
      [null, null],
      [null, null],
    ]);
    expect(res.body.documents[2].clauses).toHaveLength(1);
  }, 60_000);
});
