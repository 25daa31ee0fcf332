import { defineLifecycle, type Lifecycle } from '@salesgraph/service-kit';
import { OpportunityStage } from './opportunity-stage';

const { PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, WON, LOST } = OpportunityStage;

/**
 * The stages of a deal. Open stages may follow each other in any order
 * (deals go back as well as forward); WON needs a proposal on the table
 * (PROPOSAL or NEGOTIATION); LOST may end any open stage; WON and LOST are
 * final.
 */
export const opportunityLifecycle: Lifecycle<OpportunityStage> = defineLifecycle<OpportunityStage>({
  entity: 'Opportunity',
  transitions: {
    [PROSPECTING]: [QUALIFICATION, PROPOSAL, NEGOTIATION, LOST],
    [QUALIFICATION]: [PROSPECTING, PROPOSAL, NEGOTIATION, LOST],
    [PROPOSAL]: [PROSPECTING, QUALIFICATION, NEGOTIATION, WON, LOST],
    [NEGOTIATION]: [PROSPECTING, QUALIFICATION, PROPOSAL, WON, LOST],
    [WON]: [],
    [LOST]: [],
  },
  hint: (from, to): string | undefined => {
    if (opportunityLifecycle.isFinal(from)) return `A ${from} opportunity is closed.`;
    if (from === to) return `The opportunity is already in ${from}.`;
    if (to === WON) return 'A deal is won from PROPOSAL or NEGOTIATION: make a proposal first.';
    return undefined;
  },
});

/** The stages a deal is still being worked in. */
export const openStages: readonly OpportunityStage[] = opportunityLifecycle.open;

export function isOpenStage(stage: OpportunityStage): boolean {
  return !opportunityLifecycle.isFinal(stage);
}
