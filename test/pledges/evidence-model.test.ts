import { DEFAULT_EVIDENCE_MODEL, EVIDENCE_FEATURES, evidenceModelSchema } from '../../src/pledges/evidence';
import shipped from '../../src/pledges/data/evidence.json';

describe('the evidence model file', () => {
  it('is read through its schema: every feature weighted, calibration as pairs', () => {
    expect(Object.keys(DEFAULT_EVIDENCE_MODEL.weights).sort()).toEqual([...EVIDENCE_FEATURES].sort());
    expect(DEFAULT_EVIDENCE_MODEL.calibration?.completed[0]).toHaveLength(2);
  });

  it('refuses a refit that lost a feature or wrote a probability out of range', () => {
    const { rarest: _dropped, ...fewer } = shipped.model.weights;
    expect(evidenceModelSchema.safeParse({ ...shipped.model, weights: fewer }).success).toBe(false);
    expect(evidenceModelSchema.safeParse({ ...shipped.model, firm: 1.5 }).success).toBe(false);
    expect(evidenceModelSchema.safeParse({ ...shipped.model, calibration: { ...shipped.model.calibration, dropped: [[0.5]] } }).success).toBe(false);
  });
});
