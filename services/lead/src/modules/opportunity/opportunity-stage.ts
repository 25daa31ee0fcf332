import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** The values of the OpportunityStage of the event contracts (packages/events primitives). */
export const OpportunityStage = graphqlEnum(
  'OpportunityStage',
  ['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'] as const,
  { description: 'Where a deal stands: four open stages, then WON or LOST.' },
);
export type OpportunityStage = EnumValue<typeof OpportunityStage>;
