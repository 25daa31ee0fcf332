import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** A VISIT needs a visit report. */
export const AccountActivityType = graphqlEnum(
  'AccountActivityType',
  ['CALL', 'EMAIL', 'MEETING', 'VISIT'] as const,
  {
    description:
      'How we were in touch with the customer: a call, an e-mail, a meeting, or a visit (with a visit report).',
  },
);
export type AccountActivityType = EnumValue<typeof AccountActivityType>;
