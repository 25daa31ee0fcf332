import { In, type FindOptionsWhere } from 'typeorm';
import type { SalesScope } from './sales-access';

/**
 * Turns a scope into TypeORM `where` alternatives (OR-ed), each combined with
 * the caller's own filter. An empty list means nothing is visible. When the
 * filter already fixes a scoped column (orders of one account, say), the
 * alternative keeps that value if the scope allows it and is dropped if not.
 */
export function scopedWhere<T>(
  scope: SalesScope,
  given: FindOptionsWhere<T>,
  columns: { account: keyof T; sellers: Array<keyof T> },
): FindOptionsWhere<T>[] {
  // TypeORM refuses undefined in a where clause; an omitted criterion means "any".
  const filter = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined && value !== null),
  ) as FindOptionsWhere<T>;
  if (scope.all) return [filter];
  const restrict = (column: keyof T, allowed: string[]): FindOptionsWhere<T> | undefined => {
    if (allowed.length === 0) return undefined;
    const fixed = filter[column];
    if (typeof fixed === 'string') return allowed.includes(fixed) ? filter : undefined;
    return { ...filter, [column]: In(allowed) } as FindOptionsWhere<T>;
  };
  return [
    restrict(columns.account, scope.accountIds),
    ...columns.sellers.map((column) => restrict(column, scope.sellerIds)),
  ].filter((where): where is FindOptionsWhere<T> => where !== undefined);
}
