import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const SlippedDealPlacement = graphqlEnum(
  'SlippedDealPlacement',
  ['CURRENT_PERIOD', 'NEXT_PERIOD', 'NOT_COUNTED'] as const,
  {
    description:
      'Where open opportunities whose close date has passed (or that have none) are counted: in the period containing today (the default), in the one after it, or in no forecast (they are still listed as slipped).',
  },
);
export type SlippedDealPlacement = EnumValue<typeof SlippedDealPlacement>;
