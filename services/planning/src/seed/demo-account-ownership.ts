import type { AccountDirectory } from '@salesgraph/account-directory';
import { DemoAccounts } from '@salesgraph/demo-data';
import type { EntityManager } from 'typeorm';
import type { AccountOwnership } from '../modules/account/account-ownership';

/**
 * The seed runs first (planning, order, account, lead), before the account
 * service has published the demo accounts: until the directory knows an
 * account, its owner comes from the fixed demo data the account seed uses.
 */
export class DemoAccountOwnership implements AccountOwnership {
  constructor(private readonly directory: AccountDirectory) {}

  async ownerOf(manager: EntityManager, accountId: string) {
    const known = await this.directory.ownerOf(manager, accountId);
    if (known) return known;
    const demo = Object.values(DemoAccounts).find((a) => a.id === accountId);
    return demo ? { ownerId: demo.ownerId, tier: demo.tier } : null;
  }
}
