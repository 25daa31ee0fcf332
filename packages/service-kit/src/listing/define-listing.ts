import type { ClassType } from 'type-graphql';
import { graphqlEnum } from '../graphql/graphql-enum';
import { ListArgsOf } from './list-args';
import { ListOf } from './list-of';
import type { ListSpec } from './list-page';
import type { SortDirection } from './sort-direction';

/**
 * Everything a kind of record needs to be listed, declared once: the GraphQL
 * enum of its sort fields (`<name>SortField`, in the order of `sortBy`), the
 * list arguments, the page type (`<name>List`) and the spec listPage follows.
 *
 *   export const leadListing = defineListing({ name: 'Lead', what: 'leads', item: Lead, ... });
 *   @ArgsType() export class LeadListArgs extends leadListing.Args {}
 */
export function defineListing<T extends object, S extends string>(
  options: Omit<ListSpec<S>, 'sortBy'> & {
    name: string;
    what: string;
    item: ClassType<T>;
    sortBy: Readonly<Record<S, string>>;
    defaultSort: NoInfer<S>;
    defaultDirection: SortDirection;
  },
) {
  const { name, what, item, defaultSort, defaultDirection, ...spec } = options;
  const SortField = graphqlEnum(`${name}SortField`, Object.keys(spec.sortBy) as S[], {
    description: `What a list of ${what} is sorted by.`,
  });
  return {
    SortField,
    spec: spec as ListSpec<S>,
    Args: ListArgsOf(SortField, defaultSort, defaultDirection),
    List: ListOf(item, `${name}List`),
  };
}
