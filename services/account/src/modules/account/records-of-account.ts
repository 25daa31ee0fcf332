import {
  entitiesByKeys,
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
 * Read with `entitiesByKeys`: one statement text per kind, built once (these
 * reads are most of what the key-account view asks of this service).
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
    const rows = await entitiesByKeys(
      readerOf(dataSource, command),
      entity,
      'accountId',
      ids,
      byColumns,
    );
    return manyByKey(ids, rows, (row) => row.accountId);
  });
}
