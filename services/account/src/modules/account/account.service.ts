import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { ForbiddenError } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import { ILike, In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { eventContextFor, type Caller } from '../../common/caller';
import { onlyUuids } from '../../common/uuid';
import type { HealthService } from '../health/health.service';
import type { AccountAccess } from './account-access';
import type { AccountOpener } from './account-opener';
import { AccountOrigin, AccountTier } from './account-enums';
import { Account } from './account.entity';
import type { AccountListArgs } from './dto/account-list.args';
import type { CreateAccountInput } from './dto/create-account.input';

/** Owns the account repository: reading with access rules, opening accounts by hand. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly opener: AccountOpener,
    private readonly access: AccountAccess,
    private readonly directory: TeamDirectory,
    private readonly health: HealthService,
  ) {}

  async list(user: AuthenticatedUser, args: AccountListArgs): Promise<Account[]> {
    const manager = this.dataSource.manager;
    const owners = await this.access.visibleOwnerIds(manager, user);
    if (owners?.length === 0) return [];
    const visible = owners
      ? args.ownerId
        ? owners.filter((o) => o === args.ownerId)
        : owners
      : undefined;
    if (visible?.length === 0) return [];
    const where: FindOptionsWhere<Account> = {
      ...(visible ? { ownerId: In(visible) } : args.ownerId ? { ownerId: args.ownerId } : {}),
      ...(args.tier ? { tier: args.tier } : {}),
      ...(args.status ? { status: args.status } : {}),
      ...(args.search ? { name: ILike(`%${args.search.replace(/[%_\\]/g, '\\$&')}%`) } : {}),
    };
    return manager.find(Account, {
      where,
      order: { name: 'ASC', id: 'ASC' },
      take: args.limit,
      skip: args.offset,
    });
  }

  findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Account[]> {
    return this.access.findVisible(this.dataSource.manager, user, ids);
  }

  get(user: AuthenticatedUser, id: string): Promise<Account> {
    return this.access.requireVisible(this.dataSource.manager, user, id);
  }

  async create(caller: Caller, input: CreateAccountInput): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const ownerId = input.ownerId ?? caller.user.id;
      await this.checkOwner(manager, caller.user, ownerId);
      if (input.parentAccountId)
        await this.access.requireVisible(manager, caller.user, input.parentAccountId);
      const context = eventContextFor(caller);
      const account = await this.opener.open(
        manager,
        {
          id: randomUUID(),
          name: input.name,
          domain: input.domain?.toLowerCase() ?? null,
          industry: input.industry ?? null,
          segment: input.segment,
          tier: AccountTier.STANDARD,
          ownerId,
          parentAccountId: input.parentAccountId ?? null,
          origin: AccountOrigin.MANUAL,
        },
        context,
      );
      await this.health.recompute(manager, account.id, context);
      return manager.findOneByOrFail(Account, { id: account.id });
    });
  }

  /** Names by id, without an access check: see account-name.loader.ts. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.manager.find(Account, {
      where: { id: In(onlyUuids(ids)) },
      select: { id: true, name: true },
    });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Reps open accounts for themselves; a manager for a member of their team; ADMIN for anyone. */
  private async checkOwner(manager: EntityManager, user: AuthenticatedUser, ownerId: string) {
    if (ownerId === user.id || user.roles.includes('ADMIN')) return;
    if (
      user.roles.includes('SALES_MANAGER') &&
      (await this.directory.manages(manager, user.id, ownerId))
    )
      return;
    throw new ForbiddenError(
      `You may not open an account for ${ownerId}: a manager may name only members of their own teams.`,
    );
  }
}
