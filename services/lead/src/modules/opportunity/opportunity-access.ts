import type { AccessPolicy } from '@salesgraph/access';
import type { AccountDirectory } from '@salesgraph/account-directory';
import { hasRole } from '@salesgraph/identity';
import { readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { OpportunityScope } from './opportunity-scope';

/**
 * Record-level access to opportunities: the platform's AccessPolicy, and
 * for an account manager the accounts they own (see OpportunityScope). Both
 * are remembered for the rest of the command; a change reads them again
 * through its transaction.
 */
export class OpportunityAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly accounts: AccountDirectory,
  ) {}

  async scopeOf(command: CommandContext, manager?: EntityManager): Promise<OpportunityScope> {
    const record = await this.policy.scopeOf(command, manager);
    const { user } = command;
    if (record.everything || !hasRole(user, 'ACCOUNT_MANAGER'))
      return new OpportunityScope(record, []);
    const owned = manager
      ? await this.accounts.accountsOwnedBy(manager, [user.id])
      : await command.loaders.memo('opportunity:owned-accounts', () =>
          this.accounts.accountsOwnedBy(readerOf(this.dataSource, command), [user.id]),
        );
    return new OpportunityScope(record, owned);
  }
}
