import type { AccessPolicy } from '@salesgraph/access';
import type { AccountDirectory } from '@salesgraph/account-directory';
import { readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';

/**
 * Who may see an account's figures: whoever's access scope sees the account's
 * owner, as the account directory (projected from the account service's
 * events) knows it. A scope that sees every owner sees accounts the
 * directory does not know yet.
 */
export class AccountAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly directory: AccountDirectory,
  ) {}

  async canSee(command: CommandContext, accountId: string): Promise<boolean> {
    const scope = await this.access.scopeOf(command);
    if (!scope.visibleOwners) return true;
    const owner = await this.directory.ownerOf(readerOf(this.dataSource, command), accountId);
    return owner != null && scope.sees(owner.ownerId);
  }
}
