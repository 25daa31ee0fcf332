import {
  loadMany,
  loadOne,
  manyByKey,
  oneOrIn,
  onlyUuids,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { AccountHierarchy } from '../account/account-hierarchy';
import { Account } from '../account/account.entity';
import type { CommercialsService } from '../commercials/commercials.service';
import type { AccountGroup } from './account-group.type';
import { rollUpFigures, rollUpHealth } from './group-rollup.rule';

/**
 * Reads the hierarchy of accounts: an account's children (those the caller
 * may see) and its group rolled up (group-rollup.rule), both batched over
 * every account a request shows.
 */
export class AccountGroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccountAccess,
    private readonly hierarchy: AccountHierarchy,
    private readonly commercials: CommercialsService,
  ) {}

  /** The accounts directly below `account` that the caller may see, by name. */
  async childrenOf(command: CommandContext, account: Account): Promise<Account[]> {
    const owners = await this.access.visibleOwners(command);
    if (owners?.length === 0) return [];
    return loadMany(command, 'account.children', account.id, async (parentIds) => {
      const rows = await readerOf(this.dataSource, command).find(Account, {
        where: {
          parentAccountId: oneOrIn(onlyUuids(parentIds)),
          ...(owners ? { ownerId: In([...owners]) } : {}),
        },
        order: { name: 'ASC', id: 'ASC' },
      });
      return manyByKey(parentIds, rows, (row) => row.parentAccountId);
    });
  }

  /** The account and everything below it, rolled up as of the command's now. */
  async groupOf(command: CommandContext, account: Account): Promise<AccountGroup> {
    const group = await loadOne(command, 'account.group', account.id, async (rootIds) => {
      const now = command.clock.now();
      const reader = readerOf(this.dataSource, command);
      const groups = await this.hierarchy.groupsOf(reader, rootIds);
      const ids = [...new Set([...groups.values()].flat())];
      const accounts = await reader.find(Account, {
        where: { id: oneOrIn(ids) },
        select: { id: true, status: true, healthScore: true },
      });
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const figures = await this.commercials.figures(reader, ids, now);
      return rootIds.map((rootId) => {
        const members = (groups.get(rootId) ?? []).map((id) => ({
          accountId: id,
          status: byId.get(id)!.status,
          healthScore: byId.get(id)!.healthScore,
          figures: figures.get(id) ?? [],
        }));
        const health = rollUpHealth(members);
        return {
          accountCount: health.accountCount,
          commercials: rollUpFigures(rootId, members, now),
          health,
        };
      });
    });
    return group!;
  }
}
