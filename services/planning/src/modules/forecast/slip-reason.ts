import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const SlipReason = graphqlEnum(
  'SlipReason',
  ['CLOSE_DATE_PASSED', 'NO_CLOSE_DATE'] as const,
  {
    description: 'Why an open opportunity counts as slipped.',
  },
);
export type SlipReason = EnumValue<typeof SlipReason>;
