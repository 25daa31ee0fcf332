import type { LeadFacts } from '../lead/lead-facts';

/**
 * The keys by which one lead of a batch could duplicate another of the same
 * batch (external id, e-mail, domain with contact name), normalised a little
 * more loosely than the database does: a false alarm only sends a lead down
 * the one-at-a-time path, a miss would store a duplicate.
 */
export class IntakeBatchKeys {
  private readonly seen = new Set<string>();

  /** Whether a lead seen before in the batch shares a key with these facts. */
  matches(facts: LeadFacts): boolean {
    return keysOf(facts).some((key) => this.seen.has(key));
  }

  add(facts: LeadFacts): void {
    for (const key of keysOf(facts)) this.seen.add(key);
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
