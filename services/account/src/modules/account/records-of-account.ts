import { loadMany, manyByKey, readerOf, type CommandContext } from '@salesgraph/service-kit';
import {
  In,
  type DataSource,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';

/**
 * The records of one kind under an account (its contacts, team, threats,
 * plan, proposals, requests), loaded for every account a request shows in
 * one query. Callers have resolved the account, so its visibility is settled.
 */
export function recordsOfAccount<T extends ObjectLiteral & { accountId: string }>(
  command: CommandContext,
  dataSource: DataSource,
  entity: new () => T,
  accountId: string,
  order: FindOptionsOrder<T>,
): Promise<T[]> {
  return loadMany(command, `account.${entity.name}`, accountId, async (ids) => {
    const rows = await readerOf(dataSource, command).find(entity, {
      where: { accountId: In([...ids]) } as FindOptionsWhere<T>,
      order,
    });
    return manyByKey(ids, rows, (row) => row.accountId);
  });
}
