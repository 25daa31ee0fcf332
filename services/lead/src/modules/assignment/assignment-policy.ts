import { isOpenLead, openLeadStatuses } from '../lead/lead-lifecycle';
import type { LeadStatus } from '../lead/lead-status';

/**
 * The pure part of assignment: may the rules take a lead at all, does a rule
 * match it, and who is next in the rotation. Free of I/O so it can be tested
 * exhaustively. Change the behaviour only together with the version.
 *
 * assignment-v1:
 * - the rules take a lead that has no owner, is open, and whose contact has
 *   not refused to hear from sales (consent false); one without consent waits
 *   for a manager, with the reason. Since issue 18 `consentToContact` is
 *   derived from the consent per channel (false once EMAIL, PHONE and VISIT
 *   are all withdrawn, LeadConsentService), so the rule itself is unchanged;
 * - a rule matches when every criterion it sets holds (an empty list is no
 *   criterion; a lead missing a value the rule asks for does not match);
 * - reps take turns in the order of their ids, skipping those at the cap.
 */
export const ASSIGNMENT_POLICY_VERSION = 'assignment-v1';

export interface RuleCriteria {
  countries: readonly string[];
  regions: readonly string[];
  segments: readonly string[];
}

export interface LeadTerritory {
  country: string | null;
  region: string | null;
  segment: string | null;
}

/** What decides whether the rules may give a lead an owner. */
export interface RuleCandidate {
  ownerId: string | null;
  status: LeadStatus;
  consentToContact: boolean | null;
}

export const noConsentReason =
  'The contact has not agreed to be contacted by sales (consent refused or withdrawn on e-mail, phone and visit): a manager decides.';

/** Whether the assignment rules may give the lead an owner. */
export function rulesMayAssign(lead: RuleCandidate): boolean {
  return lead.ownerId == null && isOpenLead(lead.status) && lead.consentToContact !== false;
}

/** Why the rules leave a lead without owner to a manager; undefined when they may take it. */
export function heldFromRules(lead: RuleCandidate): string | undefined {
  return lead.ownerId == null && isOpenLead(lead.status) && lead.consentToContact === false
    ? noConsentReason
    : undefined;
}

/**
 * `rulesMayAssign` as a SQL condition on the lead table (aliased `alias`), to
 * pick the waiting leads the rules may take in bulk.
 */
export function rulesMayAssignSql(alias: string): {
  where: string;
  params: Record<string, unknown>;
} {
  return {
    where: `${alias}.owner_id IS NULL AND ${alias}.status IN (:...assignableStatuses) AND ${alias}.consent_to_contact IS DISTINCT FROM false`,
    params: { assignableStatuses: openLeadStatuses },
  };
}

/** Every criterion the rule sets must hold; an empty list is no criterion. A lead missing a value the rule asks for does not match. */
export function ruleMatches(rule: RuleCriteria, lead: LeadTerritory): boolean {
  const within = (values: readonly string[], value: string | null) =>
    values.length === 0 ||
    (value != null && values.some((v) => v.toLowerCase() === value.toLowerCase()));
  return (
    within(rule.countries, lead.country) &&
    within(rule.regions, lead.region) &&
    within(rule.segments, lead.segment)
  );
}

/**
 * The next rep after `last` in the sorted rotation who is `eligible` (under
 * the cap). The rotation is by user id, so it is stable when reps join or
 * leave: a newcomer simply takes their place in the order.
 */
export function nextInRotation(
  reps: readonly string[],
  last: string | null,
  eligible: (rep: string) => boolean,
): string | undefined {
  const sorted = [...reps].sort();
  if (sorted.length === 0) return undefined;
  const after = last == null ? 0 : sorted.findIndex((rep) => rep > last);
  const start = after === -1 ? 0 : after;
  for (let i = 0; i < sorted.length; i += 1) {
    const rep = sorted[(start + i) % sorted.length];
    if (eligible(rep)) return rep;
  }
  return undefined;
}

/** The lead's territory in words, for the reason a lead waits unassigned. */
export function describeTerritory(lead: LeadTerritory): string {
  return `country ${lead.country ?? '(none)'}, region ${lead.region ?? '(none)'}, segment ${lead.segment ?? '(none)'}`;
}
