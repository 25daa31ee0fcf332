import {
  entitiesByKeysTogether,
  loadMany,
  manyByKey,
  readerOf,
  type CommandContext,
  type KeyOrder,
} from '@salesgraph/service-kit';
import type { DataSource, ObjectLiteral } from 'typeorm';

/**
 * The records of one kind under an account (its contacts, team, threats,
 * plan, proposals, requests), loaded for every account a request shows in
 * one query. Callers have resolved the account, so its visibility is settled.
 * Read with `entitiesByKeysTogether`: one statement text per kind, built once,
 * and the kinds one request asks for at the same moment (the key-account
 * view's contacts, threats, requests, touchpoints and proposals) in one
 * statement together.
 */
export function recordsOfAccount<T extends ObjectLiteral & { accountId: string }>(
  command: CommandContext,
  dataSource: DataSource,
  entity: new () => T,
  accountId: string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
): Promise<T[]> {
  const byColumns = Object.entries(order) as unknown as KeyOrder<T>;
  return loadMany(command, `account.${entity.name}`, accountId, async (ids) => {
    const rows = await entitiesByKeysTogether(
      command,
      readerOf(dataSource, command),
      entity,
      'accountId',
      ids,
      byColumns,
    );
    return manyByKey(ids, rows, (row) => row.accountId);
  });
}
