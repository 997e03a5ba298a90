import fc from 'fast-check';
import { DEFAULT_MODEL, MODEL_FEATURES, scoreFeatures, type LinearModel, type ModelFeature } from '../../src/similarity/model';

/** scoreFeatures as a loop over MODEL_FEATURES, summing in their order: the spelled-out version must agree to the last bit. */
function reference(model: LinearModel, features: Record<ModelFeature, number>): number {
  const w = model.weights;
  const shared = model.bias + w.logShorterLength * features.logShorterLength;
  const perfect = shared + w.tfidf + w.wordnet + w.dice + w.vectors + w.chars + w.lengthRatio + w.numberOverlap;
  if (perfect <= 0) return 0;
  let predicted = shared;
  for (const name of MODEL_FEATURES) if (name !== 'logShorterLength') predicted += w[name] * features[name];
  return Math.min(1, Math.max(0, predicted / perfect));
}

const record = (values: readonly number[]): Record<ModelFeature, number> =>
  Object.fromEntries(MODEL_FEATURES.map((name, i) => [name, values[i]!])) as Record<ModelFeature, number>;
const values = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: MODEL_FEATURES.length, maxLength: MODEL_FEATURES.length });

describe('scoreFeatures', () => {
  test('spells out exactly these features: a new one must be added to it', () => {
    expect(MODEL_FEATURES).toEqual([
      'tfidf',
      'wordnet',
      'dice',
      'vectors',
      'chars',
      'lengthRatio',
      'numberOverlap',
      'numberMismatch',
      'negationMismatch',
      'logShorterLength',
    ]);
  });

  test('equals the loop over MODEL_FEATURES, bit for bit', () => {
    fc.assert(
      fc.property(values, values, fc.double({ min: -2, max: 2, noNaN: true }), (features, weights, bias) => {
        const model: LinearModel = { bias, weights: record(weights) };
        expect(Object.is(scoreFeatures(model, record(features)), reference(model, record(features)))).toBe(true);
        expect(Object.is(scoreFeatures(DEFAULT_MODEL, record(features)), reference(DEFAULT_MODEL, record(features)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
