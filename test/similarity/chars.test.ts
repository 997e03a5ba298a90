import { alignWithOrder } from '../../src/align/align';
import { charScorer, gramsOf } from '../../src/similarity/chars';
import { CHARACTER_MODEL, createSimilarity, DEFAULT_MODEL, MODEL_WITHOUT_VECTORS } from '../../src/similarity/model';
import { segment } from '../../src/text';

describe('character 4-grams', () => {
  test('frame each word, so a gram can mark its start or end, and keep a short word whole', () => {
    expect([...gramsOf('Licht an').keys()]).toEqual(['_lic', 'lich', 'icht', 'cht_', '_an_']);
    expect(gramsOf('ja ja').get('_ja_')).toBe(2);
  });

  test('see a compound and its parts, and an inflected form, where whole words differ', () => {
    const texts = ['Die Gemüseimporte kommen aus Spanien.', 'Das Importgemüse stammt aus Spanien.', 'Der Hahn sitzt auf dem Brunnen.'];
    const sim = createSimilarity(texts, { language: 'de' });
    const [a, b, c] = texts.map((t) => sim.prepare(t)) as [ReturnType<typeof sim.prepare>, ReturnType<typeof sim.prepare>, ReturnType<typeof sim.prepare>];
    expect(sim.score(a, b)).toBeGreaterThan(0.3);
    expect(sim.score(a, b)).toBeGreaterThan(3 * sim.score(a, c));
  });

  test('score nothing for clauses with no letter or digit, and 1 for a clause against itself', () => {
    const texts = ['— …', 'Wir nennen das Licht Sonne.'];
    const sim = createSimilarity(texts, { language: 'de' });
    const scorer = charScorer(texts);
    const [dash, sun] = texts.map((t) => sim.prepare(t)) as [ReturnType<typeof sim.prepare>, ReturnType<typeof sim.prepare>];
    expect(scorer.score(dash, sun)).toBe(0);
    expect(scorer.score(dash, dash)).toBe(0);
    expect(scorer.score(sun, sun)).toBe(1);
  });
});

describe('coverage in grams', () => {
  const texts = [
    'In einem Topf etwas Fett erwärmen, das Gemüse darin andünsten und anschließend wenig Wasser zugegeben.',
    'Geben Sie ein bisschen Wasser dazu.',
    'Der Hahn sitzt auf dem Brunnen.',
  ];
  const sim = createSimilarity(texts, { language: 'de' });
  const [source, piece, other] = texts.map((t) => sim.prepare(t)) as [
    ReturnType<typeof sim.prepare>,
    ReturnType<typeof sim.prepare>,
    ReturnType<typeof sim.prepare>,
  ];

  test('is a share in [0, 1], 1 for a clause against itself, and directional: a short piece is mostly in its long source, not the reverse', () => {
    for (const [a, b] of [
      [source, piece],
      [piece, source],
      [piece, other],
    ] as const) {
      expect(sim.coverage(a, b)).toBeGreaterThanOrEqual(0);
      expect(sim.coverage(a, b)).toBeLessThanOrEqual(1);
    }
    expect(sim.coverage(piece, piece)).toBeCloseTo(1, 9);
    expect(sim.coverage(piece, source)).toBeGreaterThan(sim.coverage(source, piece));
  });

  test('reaches an inflected or prefixed form, where the word stems differ ("zugegeben" / "Geben")', () => {
    const words = createSimilarity(texts, { language: 'de', model: MODEL_WITHOUT_VECTORS });
    expect(sim.coverage(piece, source)).toBeGreaterThan(words.coverage(words.prepare(texts[1]!), words.prepare(texts[0]!)));
    expect(sim.coverage(piece, source)).toBeGreaterThan(2 * sim.coverage(piece, other));
  });
});

describe('the model by language', () => {
  test('German, French and Dutch are scored by the character model, which their explanations report; English keeps its word model', () => {
    for (const language of ['de', 'fr', 'nl'] as const) {
      const sim = createSimilarity(['a b'], { language });
      expect(sim.model).toBe(CHARACTER_MODEL);
      const explanation = sim.explain(sim.prepare('Licht und Sonne'), sim.prepare('das Licht der Sonne'));
      expect(explanation.signals.chars).toBeGreaterThan(0);
    }
    const english = createSimilarity(['a b'], { language: 'en' });
    expect(english.model).toBe(DEFAULT_MODEL);
    expect(english.explain(english.prepare('border checks'), english.prepare('border controls')).signals.chars).toBeUndefined();
  });

  test("a German alignment runs with the character model's thresholds, and says so", () => {
    const a = segment('Gott machte zwei große Lichter.\nDas größere Licht war für den Tag.\nDas kleinere Licht war für die Nacht.', {
      mode: 'lines',
      language: 'de',
    });
    const b = segment('Gott machte 2 große Lichter.\nDas große Licht war für den Tag.\nDas kleine Licht war für die Nacht.', { mode: 'lines', language: 'de' });
    const monotone = alignWithOrder(a, b, { language: 'de', order: 'monotone' });
    expect(monotone.order.threshold).toBe(CHARACTER_MODEL.thresholds!.monotone);
    expect(monotone.links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    const free = alignWithOrder(a, b, { language: 'de', order: 'free' });
    expect(free.order.threshold).toBe(CHARACTER_MODEL.thresholds!.free);
    const auto = alignWithOrder(a, b, { language: 'de' });
    expect(auto.order.reason).toContain(`score ≥ ${CHARACTER_MODEL.thresholds!.confident}`);
  });
});
