import { normaliseDomain } from '@salesgraph/account-directory';
import { AccountUpdated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  applyChanges,
  assertVersion,
  BadInputError,
  eventContextOf,
  inTransaction,
  isUniqueViolation,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountAccess } from './account-access';
import type { AccountHierarchy } from './account-hierarchy';
import { Account } from './account.entity';
import { AccountException } from './account.exception';
import type { AccountService } from './account.service';
import type { UpdateAccountInput } from './dto/update-account.input';

type EditableField = 'name' | 'domain' | 'industry' | 'segment' | 'parentAccountId';

/**
 * Corrections to an account's own details and its place in a group of
 * companies. Whoever may change the account may (its owner, their sales
 * manager, an admin), at the version they last read. Every change is in the
 * account's history and reaches the other services' account directories
 * (AccountUpdated).
 */
export class AccountEditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccountAccess,
    private readonly accounts: AccountService,
    private readonly hierarchy: AccountHierarchy,
  ) {}

  update(command: CommandContext, input: UpdateAccountInput): Promise<Account> {
    const domain = input.domain === undefined ? undefined : normaliseDomain(input.domain);
    if (domain === null)
      throw new BadInputError('domain must be a domain name such as acme.example', {
        field: 'domain',
      });
    return this.change(
      command,
      input.accountId,
      input.expectedVersion,
      async (manager, account) => {
        const changed = applyChanges(account, {
          name: input.name?.trim(),
          domain,
          industry: input.industry?.trim(),
          segment: input.segment,
        }) as EditableField[];
        if (changed.includes('domain'))
          await this.accounts.assertDomainFree(manager, account.domain, account.id);
        return changed;
      },
    );
  }

  /** Puts the account under `parentId` (null: at the top of its group); a cycle is refused. */
  setParent(
    command: CommandContext,
    accountId: string,
    expectedVersion: number,
    parentId: string | null,
  ): Promise<Account> {
    return this.change(command, accountId, expectedVersion, async (manager, account) => {
      await this.hierarchy.lockForChange(manager);
      if (parentId) {
        const parent = await this.access.requireVisible(command, parentId, manager);
        const line = await this.hierarchy.lineOf(manager, parent.id);
        if (line.includes(account.id)) throw AccountException.cycle(account, parent);
      }
      if (account.parentAccountId === parentId) return [];
      account.parentAccountId = parentId;
      return ['parentAccountId'];
    });
  }

  /** One change: the locked account at the version read, `apply` names what changed; no change, no event. */
  private change(
    command: CommandContext,
    accountId: string,
    expectedVersion: number,
    apply: (manager: EntityManager, account: Account) => Promise<EditableField[]>,
  ): Promise<Account> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.access.requireWritable(command, manager, accountId);
      assertVersion(account, expectedVersion, `account ${account.name}`);
      const changedFields = await apply(manager, account);
      if (changedFields.length === 0) return account;
      const now = command.clock.now();
      try {
        await manager.save(account);
      } catch (error) {
        if (isUniqueViolation(error) && account.domain)
          throw AccountException.domainTaken(account.domain, { id: '', name: 'another account' });
        throw error;
      }
      await this.outbox.append(
        manager,
        AccountUpdated,
        {
          accountId: account.id,
          ownerId: account.ownerId,
          tier: account.tier,
          changedFields,
          name: account.name,
          domain: account.domain,
          industry: account.industry,
          segment: account.segment,
          parentAccountId: account.parentAccountId,
          updatedBy: command.user.id,
          updatedAt: now.toISOString(),
        },
        eventContextOf(command),
      );
      return manager.findOneByOrFail(Account, { id: account.id });
    });
  }
}
