import type { EntityManager } from 'typeorm';

/**
 * Who owns an account and whether it is a key account. The account
 * directory (projected from the account service's events) answers it in the
 * service; the demo seed, which runs before the account service has seeded
 * its accounts, falls back to the fixed demo data.
 */
export interface AccountOwnership {
  ownerOf(
    manager: EntityManager,
    accountId: string,
  ): Promise<{ ownerId: string; tier: string } | null>;
}
