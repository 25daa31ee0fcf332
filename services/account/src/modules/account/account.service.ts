import { randomUUID } from 'node:crypto';
import { normaliseDomain } from '@salesgraph/account-directory';
import type { AccessPolicy } from '@salesgraph/access';
import {
  inTransaction,
  listPage,
  loadOne,
  oneByKey,
  oneOrIn,
  onlyUuids,
  readerOf,
  type CommandContext,
  type Listed,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { HealthService } from '../health/health.service';
import type { AccountAccess } from './account-access';
import { AccountOrigin, AccountTier } from './account-enums';
import { Account } from './account.entity';
import { accountListing } from './account-listing';
import { AccountException } from './account.exception';
import type { AccountOpener, NewAccount } from './account-opener';
import type { AccountListArgs } from './dto/account-list.args';
import type { CreateAccountInput } from './dto/create-account.input';

/** Owns the account repository: reading with access rules, opening accounts by hand. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly opener: AccountOpener,
    private readonly access: AccountAccess,
    private readonly policy: AccessPolicy,
    private readonly health: HealthService,
  ) {}

  /** A page of the accounts the caller may see, filtered, searched and sorted, with how many match. */
  async page(
    command: CommandContext,
    args: AccountListArgs,
    options?: { total: boolean },
  ): Promise<Listed<Account>> {
    const owners = await this.access.visibleOwners(command);
    const visible = owners && args.ownerId ? owners.filter((o) => o === args.ownerId) : owners;
    if (visible?.length === 0) return { total: 0, items: [] };
    const query = readerOf(this.dataSource, command).createQueryBuilder(Account, 'account');
    const ownerIds = visible ?? (args.ownerId ? [args.ownerId] : undefined);
    if (ownerIds) query.andWhere('account.owner_id IN (:...ownerIds)', { ownerIds });
    if (args.tier) query.andWhere('account.tier = :tier', { tier: args.tier });
    if (args.status) query.andWhere('account.status = :status', { status: args.status });
    return listPage(query, accountListing.spec, args, options);
  }

  async list(command: CommandContext, args: AccountListArgs): Promise<Account[]> {
    return (await this.page(command, args, { total: false })).items;
  }

  /** The accounts of `userId`, who must be the user asking (User.accounts). */
  listOf(command: CommandContext, userId: string, args: AccountListArgs): Promise<Account[]> {
    if (userId !== command.user.id) throw AccountException.othersAccounts();
    return this.list(command, args);
  }

  findVisible(command: CommandContext, ids: readonly string[]): Promise<Account[]> {
    return this.access.findVisible(command, ids);
  }

  get(command: CommandContext, id: string): Promise<Account> {
    return this.access.requireVisible(command, id);
  }

  /** The parent company, when the user may see it; batched over the accounts of a request. */
  parentOf(command: CommandContext, account: Account): Promise<Account | null> {
    if (!account.parentAccountId) return Promise.resolve(null);
    return loadOne(command, 'account.visible', account.parentAccountId, async (ids) =>
      oneByKey(ids, await this.access.findVisible(command, ids), (a) => a.id),
    );
  }

  /**
   * The name of an account, for records that show the customer's name to
   * people who may not open the account itself (a department working on a
   * service request, marketing carrying out a touchpoint): no access check.
   */
  async nameOf(command: CommandContext, accountId: string): Promise<string> {
    const account = await loadOne(command, 'account.name', accountId, async (ids) => {
      const rows = await readerOf(this.dataSource, command).find(Account, {
        where: { id: oneOrIn(onlyUuids(ids)) },
        select: { id: true, name: true },
      });
      return oneByKey(ids, rows, (a) => a.id);
    });
    return account?.name ?? '(unknown account)';
  }

  /** Reps open accounts for themselves; a manager for a member of their team; ADMIN for anyone. */
  create(command: CommandContext, input: CreateAccountInput): Promise<Account> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const ownerId = input.ownerId ?? command.user.id;
      const scope = await this.policy.scopeOf(command, manager);
      if (!scope.changes(ownerId)) throw AccountException.ownerNotYours(ownerId);
      if (input.parentAccountId)
        await this.access.requireVisible(command, input.parentAccountId, manager);
      const domain = normaliseDomain(input.domain);
      await this.assertDomainFree(manager, domain);
      const account = await this.opener.open(command, manager, {
        id: randomUUID(),
        name: input.name,
        domain,
        industry: input.industry ?? null,
        segment: input.segment,
        tier: AccountTier.STANDARD,
        ownerId,
        parentAccountId: input.parentAccountId ?? null,
        origin: AccountOrigin.MANUAL,
      });
      await this.health.recompute(command, manager, account.id);
      return manager.findOneByOrFail(Account, { id: account.id });
    });
  }

  /** CONFLICT when another account has the domain: one account per company. */
  async assertDomainFree(
    manager: EntityManager,
    domain: string | null,
    exceptId?: string,
  ): Promise<void> {
    if (!domain) return;
    const holder = await manager.findOneBy(Account, { domain });
    if (holder && holder.id !== exceptId) throw AccountException.domainTaken(domain, holder);
  }

  /** An account with a chosen id and tier (the demo seed); the caller assesses its health. */
  open(command: CommandContext, spec: NewAccount): Promise<Account> {
    return inTransaction(this.dataSource, command, (manager) =>
      this.opener.open(command, manager, spec),
    );
  }
}
