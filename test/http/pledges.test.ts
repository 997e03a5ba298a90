import request from 'supertest';
import { testApp } from '../fixtures/app';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

const app = testApp();

describe('POST /api/v1/alignments: pledges', () => {
  test('the seed pair comes back with pledges, new pledges and a summary', async () => {
    const res = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: readSeed(SEED_2016), date: '2016-02-02' }, target: { text: readSeed(SEED_2018), date: '2018-06-11' } })
      .expect(201);
    const magistrate = res.body.source.clauses.find((u: { text: string }) => u.text.startsWith('A French liaison magistrate'));
    const stationing = res.body.target.clauses.find((u: { text: string }) => u.text.startsWith('stationing a French liaison magistrate'));
    expect(res.body.pledges).toContainEqual(
      expect.objectContaining({
        source: magistrate.index,
        topic: 'liaison-magistrate',
        status: 'completed',
        evidence: [expect.objectContaining({ target: stationing.index })],
      }),
    );
    for (const p of res.body.pledges) expect(['completed', 'carried_forward', 'dropped']).toContain(p.status);
    expect(res.body.newPledges.length).toBeGreaterThan(10);
    expect(res.body.summary.total.new).toBe(res.body.newPledges.length);
  }, 30_000);

  test('a request may add its own watchlist topic', async () => {
    const res = await request(app)
      .post('/api/v1/alignments')
      .send({
        source: { text: 'The ministers will set up a joint crisis cell.' },
        target: { text: 'The ministers established the joint crisis cell in Lille in March.' },
        options: { topics: [{ id: 'crisis-cell', label: 'crisis cell', aliases: ['crisis cell'] }] },
      })
      .expect(201);
    expect(res.body.pledges).toEqual([expect.objectContaining({ topic: 'crisis-cell', status: 'completed' })]);
  });

  test('a malformed topic is a 422 problem naming the field', async () => {
    const res = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: 'a' }, target: { text: 'b' }, options: { topics: [{ id: 'x', label: 'x', aliases: [] }] } })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(res.body)).toContain('options.topics.0.aliases');
  });
});

describe('POST /api/v1/traces', () => {
  const documents = [
    {
      title: 'Meeting I',
      date: '2016-02-01',
      text: 'France and Belgium pledged to develop a national passenger name record database. The ministers met in Brussels.',
    },
    {
      title: 'Meeting II',
      date: '2017-10-16',
      text: 'We will continue to develop the passenger name record database. We will hold a meeting of experts on returning minors.',
    },
    {
      title: 'Meeting III',
      date: '2018-06-11',
      text: 'The passenger name record database has been in operation since May. The meeting of experts on returning minors was held in June.',
    },
  ];

  test('follows a pledge made in 2016, repeated in 2017 and completed in 2018, and one made in 2017', async () => {
    const res = await request(app).post('/api/v1/traces').send({ documents }).expect(200);
    expect(res.body.documents.map((d: { title: string; date: string }) => [d.title, d.date])).toEqual(documents.map((d) => [d.title, d.date]));
    const pnr = res.body.trajectories.find((t: { topic: string }) => t.topic === 'pnr');
    expect(pnr.steps.map((s: { document: number; status: string }) => [s.document, s.status])).toEqual([
      [0, 'made'],
      [1, 'carried_forward'],
      [2, 'completed'],
    ]);
    expect(pnr.outcome).toBe('completed');
    const experts = res.body.trajectories.find(
      (t: { steps: Array<{ document: number; status: string }> }) => t.steps[0]!.document === 1 && t.steps[0]!.status === 'made',
    );
    expect(experts.steps.map((s: { document: number; status: string }) => [s.document, s.status])).toEqual([
      [1, 'made'],
      [2, 'completed'],
    ]);
  });

  test('a pledge that disappears is dropped where it disappears', async () => {
    const res = await request(app)
      .post('/api/v1/traces')
      .send({ documents: [documents[0], { date: '2017', text: 'The weather was fine.' }, documents[2]] })
      .expect(200);
    const pnr = res.body.trajectories.find((t: { topic: string }) => t.topic === 'pnr');
    expect(pnr.steps.map((s: { document: number; status: string }) => [s.document, s.status])).toEqual([
      [0, 'made'],
      [1, 'dropped'],
    ]);
    expect(pnr.outcome).toBe('dropped');
  });

  test('fewer than two documents is a 422 problem', async () => {
    const res = await request(app)
      .post('/api/v1/traces')
      .send({ documents: [documents[0]] })
      .expect(422);
    expect(JSON.stringify(res.body)).toContain('at least two documents');
  });
});
