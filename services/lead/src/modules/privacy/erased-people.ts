import { emailHash } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';

/**
 * The erasure ledger as the intake reads it (docs/privacy.md): a person erased
 * here is never re-created from marketing's topic, where their record may be
 * re-delivered or replayed. Only hashes and ids are compared: the ledger holds
 * no personal data.
 */
export class ErasedPeople {
  /** Whether an erasure was requested here for this e-mail (its SHA-256 is recorded). */
  async byEmail(manager: EntityManager, email: string | null | undefined): Promise<boolean> {
    if (!email?.trim()) return false;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM privacy_request WHERE kind = 'ERASURE' AND email_sha256 = $1 LIMIT 1`,
      [emailHash(email)],
    );
    return rows.length > 0;
  }

  /** Whether this lead's person was erased (their key destroyed). */
  async byLead(manager: EntityManager, leadId: string): Promise<boolean> {
    return (await this.leadsErased(manager, [leadId])).has(leadId);
  }

  /** `byLead` for many at once (one statement): the leads whose person was erased. */
  async leadsErased(manager: EntityManager, leadIds: readonly string[]): Promise<Set<string>> {
    if (leadIds.length === 0) return new Set();
    const rows: Array<{ subject_id: string }> = await manager.query(
      `SELECT subject_id FROM privacy_subject_key
        WHERE subject_id = ANY($1::text[]) AND erased_at IS NOT NULL`,
      [[...new Set(leadIds)]],
    );
    return new Set(rows.map((r) => r.subject_id));
  }
}

/**
 * `ErasedPeople.byEmail` for many at once, written to be part of a statement
 * that reads more with it (the intake's look-ups, `lookUpBatch`): the hashes
 * (`emailHash`) among the text[] parameter `param` whose person was erased here.
 */
export function erasedEmailHashesSql(param: string): string {
  return `SELECT DISTINCT email_sha256 FROM privacy_request
           WHERE kind = 'ERASURE' AND email_sha256 = ANY(${param}::text[])`;
}
