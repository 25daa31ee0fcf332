import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../graphql/page.args';
import { SortDirection } from './sort-direction';

/** What every list field of the graph takes: a page, words to search for, an order. */
export interface ListRequest<S extends string> {
  search?: string | null;
  sortBy: S;
  direction: SortDirection;
  limit: number;
  offset: number;
}

/**
 * The arguments of a list field over records sortable by `sortField` (a
 * graphqlEnum): `limit`, `offset`, `search`, `sortBy`, `direction`. Every list
 * of the platform takes these, so a front end pages, sorts and searches each
 * the same way:
 *
 *   @ArgsType() export class LeadListArgs extends ListArgsOf(LeadSortField, 'CAPTURED_AT', 'DESC') {}
 */
export function ListArgsOf<S extends string>(
  sortField: { readonly [K in S]: K },
  defaultSort: NoInfer<S>,
  defaultDirection: SortDirection,
) {
  @ArgsType()
  abstract class ListArgs extends PageArgs implements ListRequest<S> {
    @Field(() => String, {
      nullable: true,
      description:
        'Words to look for, each anywhere in the names, e-mails and domains of a record (case-insensitive, parts of words too).',
    })
    @IsOptional()
    @Length(1, 100)
    @Matches(/\S/, { message: 'search must not be blank' })
    search?: string | null;

    @Field(() => sortField, { defaultValue: defaultSort })
    @IsIn(Object.values(sortField))
    sortBy: S = defaultSort;

    @Field(() => SortDirection, { defaultValue: defaultDirection })
    @IsIn(Object.values(SortDirection))
    direction: SortDirection = defaultDirection;
  }
  return ListArgs;
}
