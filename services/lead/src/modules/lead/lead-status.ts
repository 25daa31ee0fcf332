import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const LeadStatus = graphqlEnum(
  'LeadStatus',
  ['NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'] as const,
  { description: 'Where a lead is in the new-business pipeline.' },
);
export type LeadStatus = EnumValue<typeof LeadStatus>;
