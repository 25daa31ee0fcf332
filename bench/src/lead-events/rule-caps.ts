import type { LeadDatabaseProbe } from './lead-database-probe';

/**
 * The cap per rep that lets `plannedLeads` more leads be assigned: the most
 * open leads any rep holds now, plus `share` of the planned leads (the four
 * demo reps take 3/14 and 2/7 of them by territory, so 0.3 fits with a
 * little room and a rep over it would be a real unfairness).
 */
export async function fitRuleCaps(
  probe: LeadDatabaseProbe,
  plannedLeads: number,
  share = 0.3,
): Promise<number> {
  const held = Math.max(0, ...(await probe.openLeadsPerRep()).map((rep) => rep.open));
  const cap = held + Math.ceil(plannedLeads * share) + 10;
  await probe.setRuleCaps(cap);
  return cap;
}
