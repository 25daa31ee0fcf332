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
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM privacy_subject_key WHERE subject_id = $1 AND erased_at IS NOT NULL`,
      [leadId],
    );
    return rows.length > 0;
  }
}
