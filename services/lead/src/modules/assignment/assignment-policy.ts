/**
 * The pure part of assignment: does a rule match a lead, and who is next in
 * the rotation. Kept free of I/O so the rules can be tested exhaustively.
 */
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
