import { auditHistory } from '@salesgraph/messaging';
import type { AuditEntry } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';

/**
 * Every account event is published on the Account aggregate (its id is the
 * Kafka key, so an account's events stay in order). The history of a part of
 * an account (a contact, a threat) is the account's events that name it.
 */
export async function accountHistory(
  manager: EntityManager,
  accountId: string,
  about?: { key: 'contactId' | 'threatId'; id: string },
): Promise<AuditEntry[]> {
  const records = await auditHistory(manager, 'Account', accountId, about ? 1000 : 200);
  return records
    .filter(
      (r) => !about || (r.data as Record<string, unknown> | undefined)?.[about.key] === about.id,
    )
    .map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
}
