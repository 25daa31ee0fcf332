import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const QuoteStatus = graphqlEnum(
  'QuoteStatus',
  ['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const,
  {
    description:
      'DRAFT is being written (a revision starts a new version); SENT is with the customer; ACCEPTED became an order; REJECTED by the customer (revise to offer again); WITHDRAWN by the seller.',
  },
);
export type QuoteStatus = EnumValue<typeof QuoteStatus>;
