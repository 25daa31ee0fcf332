import { opportunityLifecycle } from '../opportunity-lifecycle';
import { OpportunityStage } from '../opportunity-stage';

const assertStageMove = opportunityLifecycle.assert;

const { PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, WON, LOST } = OpportunityStage;

describe('opportunity lifecycle', () => {
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
    expect(opportunityLifecycle.open).toEqual([PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION]);
    expect(() => assertStageMove(WON, NEGOTIATION)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      }),
    );
    expect(() => assertStageMove(LOST, LOST)).toThrow(/closed/);
    expect(() => assertStageMove(PROPOSAL, PROPOSAL)).toThrow(/already in PROPOSAL/);
  });
});
