import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListRequest } from './list-args';
import type { Listed } from './list-of';
import { searchDocument, searchTerms } from './search-terms';

/** How a kind of record is listed: what a search looks in, and what each sort field orders by. */
export interface ListSpec<S extends string> {
  /** The query's alias of the listed entity. */
  alias: string;
  /** The searched columns (database names), as the migration's search index has them. */
  searchColumns: readonly string[];
  /** The SQL each sort field orders by (property paths such as `lead.capturedAt` are fine). */
  sortBy: Readonly<Record<S, string>>;
  /**
   * Other records a word may be found in instead (an order's customer by
   * name): a table with its own search index, and how a row of it belongs to
   * the listed record (SQL over both aliases).
   */
  searchRelated?: ReadonlyArray<{
    table: string;
    alias: string;
    joinOn: string;
    columns: readonly string[];
  }>;
}

/**
 * Narrows `query` (already scoped to what the caller may see and filtered)
 * to the records containing every word of the search.
 */
export function applySearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  spec: Pick<ListSpec<string>, 'alias' | 'searchColumns' | 'searchRelated'>,
  search: string | null | undefined,
): SelectQueryBuilder<T> {
  const documents = [
    (word: string) => `${searchDocument(spec.searchColumns, spec.alias)} LIKE ${word}`,
    ...(spec.searchRelated ?? []).map(
      (related) => (word: string) =>
        `EXISTS (SELECT 1 FROM "${related.table}" "${related.alias}" WHERE ${related.joinOn} AND ${searchDocument(related.columns, related.alias)} LIKE ${word})`,
    ),
  ];
  searchTerms(search).forEach((word, i) =>
    query.andWhere(`(${documents.map((found) => found(`:searchWord${i}`)).join(' OR ')})`, {
      [`searchWord${i}`]: `%${word}%`,
    }),
  );
  return query;
}

/**
 * One page of `query` in the order asked for (the id breaks ties, so pages
 * never overlap), searched; with `total`, how many match on all pages (one
 * more statement). Reads run one after the other: `query` may belong to a
 * transaction, which has one connection.
 */
export async function listPage<T extends ObjectLiteral, S extends string>(
  query: SelectQueryBuilder<T>,
  spec: ListSpec<S>,
  request: ListRequest<S>,
  options: { total: boolean } = { total: true },
): Promise<Listed<T>> {
  applySearch(query, spec, request.search);
  const total = options.total ? await query.clone().getCount() : -1;
  const items = await query
    .orderBy(spec.sortBy[request.sortBy], request.direction, 'NULLS LAST')
    .addOrderBy(`${spec.alias}.id`, 'ASC')
    .limit(request.limit)
    .offset(request.offset)
    .getMany();
  return { total, items };
}
