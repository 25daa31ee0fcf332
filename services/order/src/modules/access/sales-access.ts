import type { AccessPolicy } from '@salesgraph/access';
import type { AccountDirectory } from '@salesgraph/account-directory';
import { readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { OrderException } from '../order/order.exception';
import { SalesScope } from './sales-scope';

/**
 * Record-level access to orders and contracts: the platform's AccessPolicy
 * and the order service's own filter on top (see SalesScope), and who owns
 * the account a seller wants to order or contract for.
 */
export class SalesAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly accounts: AccountDirectory,
  ) {}

  /**
   * The command's scope: worked out once per command (remembered with its
   * loaders), or read again through `manager` for a change, so that a team
   * or ownership change that commits first is seen.
   */
  scopeOf(command: CommandContext, manager?: EntityManager): Promise<SalesScope> {
    if (manager) return this.read(command, manager);
    return command.loaders.memo('order:sales-scope', () =>
      this.read(command, readerOf(this.dataSource, command)),
    );
  }

  /** The owner of an account the directory knows (and its tier); undefined when unknown or unowned. */
  async ownerFor(
    manager: EntityManager,
    accountId: string,
  ): Promise<{ ownerId: string; tier: 'STANDARD' | 'KEY' } | undefined> {
    const row = await this.accounts.ownerOf(manager, accountId);
    return row && row.ownerId ? { ownerId: row.ownerId, tier: row.tier } : undefined;
  }

  /**
   * The owner of an account whose records the caller may change (their own;
   * an admin any), read through the change's transaction. Refused with
   * ACCOUNT_UNKNOWN when the directory does not know the account, and with
   * `notYours` when it is not the caller's to change.
   */
  async ownerYouMayChange(
    command: CommandContext,
    manager: EntityManager,
    accountId: string,
    notYours: (accountId: string) => Error,
  ): Promise<string> {
    const owner = await this.ownerFor(manager, accountId);
    if (!owner) throw OrderException.accountUnknown(accountId);
    const scope = await this.scopeOf(command, manager);
    if (!scope.records.changes(owner.ownerId)) throw notYours(accountId);
    return owner.ownerId;
  }

  private async read(command: CommandContext, manager: EntityManager): Promise<SalesScope> {
    const records = await this.policy.scopeOf(command, manager);
    const people = records.visibleOwners;
    return new SalesScope(
      records,
      people === undefined ? undefined : await this.accounts.accountsOwnedBy(manager, people),
    );
  }
}
