import type { EntityManager } from 'typeorm';

/** Deeper than any group of companies: a bound on the walks, never reached in practice. */
export const MAX_GROUP_DEPTH = 32;

/**
 * Walks the tree of accounts that `parent_account_id` makes: up to the top
 * of a group, and down to everything below an account. The tree has no
 * cycles (AccountEditService refuses them, under a lock that serialises
 * hierarchy changes); the walks are bounded all the same.
 */
export class AccountHierarchy {
  /** Serialises changes of the hierarchy to the end of the transaction, so two moves cannot make a cycle together. */
  async lockForChange(manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('account.hierarchy'))");
  }

  /** `accountId` and every account above it, nearest first. */
  async lineOf(manager: EntityManager, accountId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH RECURSIVE up (id, parent_id, depth) AS (
         SELECT id, parent_account_id, 0 FROM account WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_account_id, up.depth + 1
           FROM account a JOIN up ON a.id = up.parent_id
          WHERE up.depth < $2)
       SELECT id FROM up ORDER BY depth`,
      [accountId, MAX_GROUP_DEPTH],
    );
    return rows.map((r) => r.id);
  }

  /** For each root, the root and every account below it: one statement for all roots. */
  async groupsOf(
    manager: EntityManager,
    rootIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: Array<{ root_id: string; id: string }> = await manager.query(
      `WITH RECURSIVE down (root_id, id, depth) AS (
         SELECT id, id, 0 FROM account WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT down.root_id, a.id, down.depth + 1
           FROM account a JOIN down ON a.parent_account_id = down.id
          WHERE down.depth < $2)
       SELECT root_id, id FROM down ORDER BY root_id, depth, id`,
      [rootIds, MAX_GROUP_DEPTH],
    );
    const groups = new Map<string, string[]>();
    for (const row of rows) groups.set(row.root_id, [...(groups.get(row.root_id) ?? []), row.id]);
    return groups;
  }
}
