import type { RecordScope } from '@salesgraph/access';
import { FindOperator, In, type FindOptionsWhere } from 'typeorm';

/**
 * What one user may see of orders and supply contracts: the platform's
 * RecordScope (their own records, their teams' for a sales manager,
 * everything for coordinators and admins) and, on top of it, the order
 * service's own filter: a seller also sees the orders and contracts of the
 * accounts they (or the people they manage) own, whoever placed them, since
 * a rep answers for their customers and an account manager for their key
 * accounts. Ownership comes from the account directory.
 */
export class SalesScope {
  constructor(
    readonly records: RecordScope,
    /** Accounts owned by the scope's people; undefined when every record is visible anyway. */
    readonly accountIds: readonly string[] | undefined,
  ) {}

  /** Whether everything about the account is visible (its revenue, say). */
  seesAccount(accountId: string): boolean {
    return this.accountIds === undefined || this.accountIds.includes(accountId);
  }

  /**
   * TypeORM `where` alternatives (OR-ed): the caller's own filter, on the
   * accounts of the scope, or owned (by any of `owners`) by one of its people.
   * An empty list means nothing is visible. When the filter already fixes a
   * scoped column (orders of one account, or `In` some accounts), that
   * alternative keeps the values the scope allows and is dropped if none.
   */
  where<T>(
    given: FindOptionsWhere<T>,
    columns: { account: keyof T; owners: Array<keyof T> },
  ): FindOptionsWhere<T>[] {
    // TypeORM refuses undefined in a where clause; an omitted criterion means "any".
    const filter = Object.fromEntries(
      Object.entries(given).filter(([, value]) => value !== undefined && value !== null),
    ) as FindOptionsWhere<T>;
    const people = this.records.visibleOwners;
    if (people === undefined || this.accountIds === undefined) return [filter];
    const restrict = (column: keyof T, allowed: readonly string[]) => {
      if (allowed.length === 0) return undefined;
      const fixed: unknown = filter[column];
      if (typeof fixed === 'string') return allowed.includes(fixed) ? filter : undefined;
      const asked = fixed instanceof FindOperator && fixed.type === 'in' ? fixed.value : undefined;
      const values = asked ? (asked as string[]).filter((v) => allowed.includes(v)) : allowed;
      return values.length
        ? ({ ...filter, [column]: In([...values]) } as FindOptionsWhere<T>)
        : undefined;
    };
    return [
      restrict(columns.account, this.accountIds),
      ...columns.owners.map((column) => restrict(column, people)),
    ].filter((where): where is FindOptionsWhere<T> => where !== undefined);
  }
}
