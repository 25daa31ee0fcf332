import { registerEnumType } from 'type-graphql';

/** The values of the OpportunityStage of the event contracts (packages/events primitives). */
export enum OpportunityStage {
  PROSPECTING = 'PROSPECTING',
  QUALIFICATION = 'QUALIFICATION',
  PROPOSAL = 'PROPOSAL',
  NEGOTIATION = 'NEGOTIATION',
  WON = 'WON',
  LOST = 'LOST',
}

registerEnumType(OpportunityStage, {
  name: 'OpportunityStage',
  description: 'Where a deal stands: four open stages, then WON or LOST.',
});
