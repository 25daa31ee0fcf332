import { OpportunityStage } from '../opportunity-stage';
import { probabilityFor, stageProbabilities } from '../opportunity-probability.rule';

const { NEGOTIATION, WON } = OpportunityStage;

describe('opportunity probability by stage', () => {
  it('has a default probability inside its band for every stage', () => {
    for (const stage of Object.values(OpportunityStage)) {
      const band = stageProbabilities[stage];
      expect(band.min).toBeLessThanOrEqual(band.default);
      expect(band.default).toBeLessThanOrEqual(band.max);
    }
    expect(Object.values(OpportunityStage).map((s) => probabilityFor(s))).toEqual([
      10, 25, 50, 75, 100, 0,
    ]);
  });

  it('accepts an override within the band and refuses one outside with BAD_USER_INPUT', () => {
    expect(probabilityFor(NEGOTIATION, 85)).toBe(85);
    expect(() => probabilityFor(NEGOTIATION, 95)).toThrow(
      expect.objectContaining({
        message: 'probability 95 is outside 60–90, the range allowed in NEGOTIATION.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    );
    expect(() => probabilityFor(WON, 90)).toThrow(/100–100/);
  });
});
