import { OpportunityStage } from '../opportunity-stage';
import { assertStageMove, probabilityFor, stageProbabilities } from '../opportunity-stages';

const { PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, WON, LOST } = OpportunityStage;

describe('opportunity stages', () => {
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

  it('lets open stages move both ways', () => {
    expect(() => assertStageMove(PROSPECTING, NEGOTIATION)).not.toThrow();
    expect(() => assertStageMove(PROPOSAL, QUALIFICATION)).not.toThrow();
    expect(() => assertStageMove(QUALIFICATION, LOST)).not.toThrow();
  });

  it('wins only from PROPOSAL or NEGOTIATION', () => {
    expect(() => assertStageMove(NEGOTIATION, WON)).not.toThrow();
    expect(() => assertStageMove(PROPOSAL, WON)).not.toThrow();
    expect(() => assertStageMove(QUALIFICATION, WON)).toThrow(/make a proposal first/);
  });

  it('treats WON and LOST as final, and a move to the same stage as no move', () => {
    expect(() => assertStageMove(WON, NEGOTIATION)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      }),
    );
    expect(() => assertStageMove(LOST, LOST)).toThrow(/closed/);
    expect(() => assertStageMove(PROPOSAL, PROPOSAL)).toThrow(/already in PROPOSAL/);
  });
});
