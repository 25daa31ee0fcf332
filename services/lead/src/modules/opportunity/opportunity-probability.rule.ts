import { BadInputError } from '@salesgraph/service-kit';
import { OpportunityStage } from './opportunity-stage';

export interface StageProbability {
  /** What a deal in this stage is worth to the forecast unless its owner says otherwise. */
  default: number;
  /** How far the owner may move it, so that a forecast stays believable. */
  min: number;
  max: number;
}

/**
 * Probability by stage, in percent. Every stage change resets the probability
 * to the new stage's default unless the same change names another one within
 * the stage's band; WON is always 100 and LOST always 0.
 */
export const stageProbabilities: Record<OpportunityStage, StageProbability> = {
  [OpportunityStage.PROSPECTING]: { default: 10, min: 5, max: 20 },
  [OpportunityStage.QUALIFICATION]: { default: 25, min: 15, max: 40 },
  [OpportunityStage.PROPOSAL]: { default: 50, min: 35, max: 65 },
  [OpportunityStage.NEGOTIATION]: { default: 75, min: 60, max: 90 },
  [OpportunityStage.WON]: { default: 100, min: 100, max: 100 },
  [OpportunityStage.LOST]: { default: 0, min: 0, max: 0 },
};

/** The probability for `stage`: the default, or `requested` if it lies within the stage's band. */
export function probabilityFor(stage: OpportunityStage, requested?: number | null): number {
  const band = stageProbabilities[stage];
  if (requested == null) return band.default;
  if (requested < band.min || requested > band.max) {
    throw new BadInputError(
      `probability ${requested} is outside ${band.min}–${band.max}, the range allowed in ${stage}.`,
      { field: 'probability', min: band.min, max: band.max },
    );
  }
  return requested;
}
