import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** A VISIT needs a visit report. */
export const LeadActivityType = graphqlEnum(
  'LeadActivityType',
  ['CALL', 'EMAIL', 'VISIT'] as const,
  {
    description: 'How the rep followed up: a call, an e-mail, or a visit (with a visit report).',
  },
);
export type LeadActivityType = EnumValue<typeof LeadActivityType>;
