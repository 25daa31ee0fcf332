import type { LeadFacts } from '../lead/lead-facts';

/**
 * The keys by which one lead of a batch could duplicate another of the same
 * batch (external id, e-mail, domain with contact name), normalised a little
 * more loosely than the database does: a false alarm only sends a lead down
 * a slower path, a miss would store a duplicate.
 *
 * Each key remembers the batch's new leads it leads to: a repeat's keys lead
 * where the repeat does, so a third copy that shares a key only with the
 * second is still traced to the first.
 */
export class IntakeBatchKeys {
  private readonly seen = new Map<string, readonly number[]>();

  /**
   * The new leads (by position in the batch) a lead with these facts may
   * repeat; undefined when no lead seen before shares a key with it.
   */
  repeated(facts: LeadFacts): number[] | undefined {
    let found: Set<number> | undefined;
    for (const key of keysOf(facts)) {
      const leads = this.seen.get(key);
      if (!leads) continue;
      found ??= new Set();
      for (const at of leads) found.add(at);
    }
    return found && [...found];
  }

  /** Whether a lead seen before in the batch shares a key with these facts. */
  matches(facts: LeadFacts): boolean {
    return this.repeated(facts) !== undefined;
  }

  /** A lead of the batch, with the new leads it is or repeats (none for a repeat of a stored lead). */
  add(facts: LeadFacts, leads: readonly number[]): void {
    for (const key of keysOf(facts)) {
      const known = this.seen.get(key);
      this.seen.set(key, known ? [...new Set([...known, ...leads])] : leads);
    }
  }
}

function keysOf(facts: LeadFacts): string[] {
  const keys: string[] = [];
  if (facts.externalId) keys.push(`x:${facts.externalId}`);
  const email = facts.email?.trim().toLowerCase();
  if (email) keys.push(`e:${email}`);
  const domain = facts.companyDomain?.trim().toLowerCase();
  if (domain)
    keys.push(`d:${domain}:${facts.contactName.trim().replace(/\s+/g, ' ').toLowerCase()}`);
  return keys;
}
