import { graphqlEnum, type EnumValue } from '../graphql/graphql-enum';

export const SortDirection = graphqlEnum('SortDirection', ['ASC', 'DESC'] as const, {
  description: 'Ascending (A to Z, oldest first) or descending; records without a value come last.',
});
export type SortDirection = EnumValue<typeof SortDirection>;
