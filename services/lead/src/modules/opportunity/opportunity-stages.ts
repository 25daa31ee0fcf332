import { BadInputError, InvalidTransitionError } from '@salesgraph/service-kit';
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

export const openStages: readonly OpportunityStage[] = [
  OpportunityStage.PROSPECTING,
  OpportunityStage.QUALIFICATION,
  OpportunityStage.PROPOSAL,
  OpportunityStage.NEGOTIATION,
];

export function isOpenStage(stage: OpportunityStage): boolean {
  return openStages.includes(stage);
}

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

/**
 * Open stages may follow each other in any order (deals go back as well as
 * forward); WON needs a proposal on the table (PROPOSAL or NEGOTIATION);
 * LOST may end any open stage; WON and LOST are final.
 */
export function assertStageMove(from: OpportunityStage, to: OpportunityStage): void {
  const refuse = (hint: string) => {
    throw new InvalidTransitionError('Opportunity', from, to, hint);
  };
  if (!isOpenStage(from)) refuse(`A ${from} opportunity is closed.`);
  if (from === to) refuse(`The opportunity is already in ${from}.`);
  if (
    to === OpportunityStage.WON &&
    from !== OpportunityStage.PROPOSAL &&
    from !== OpportunityStage.NEGOTIATION
  )
    refuse('A deal is won from PROPOSAL or NEGOTIATION: make a proposal first.');
}
