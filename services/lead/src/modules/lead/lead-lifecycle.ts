import { InvalidTransitionError } from '@salesgraph/service-kit';
import { LeadStatus } from './lead-status';

/**
 * The legal moves of a lead: NEW -> CONTACTED -> QUALIFIED -> CONVERTED, and
 * DISQUALIFIED from any open status. DISQUALIFIED and CONVERTED are final.
 */
const next: Record<LeadStatus, readonly LeadStatus[]> = {
  [LeadStatus.NEW]: [LeadStatus.CONTACTED, LeadStatus.DISQUALIFIED],
  [LeadStatus.CONTACTED]: [LeadStatus.QUALIFIED, LeadStatus.DISQUALIFIED],
  [LeadStatus.QUALIFIED]: [LeadStatus.CONVERTED, LeadStatus.DISQUALIFIED],
  [LeadStatus.DISQUALIFIED]: [],
  [LeadStatus.CONVERTED]: [],
};

/** Statuses in which a lead is still being worked on (and counts towards a rep's cap). */
export const openLeadStatuses: readonly LeadStatus[] = [
  LeadStatus.NEW,
  LeadStatus.CONTACTED,
  LeadStatus.QUALIFIED,
];

export function isOpenLead(status: LeadStatus): boolean {
  return openLeadStatuses.includes(status);
}

export function canMoveLead(from: LeadStatus, to: LeadStatus): boolean {
  return next[from].includes(to);
}

/** Throws INVALID_TRANSITION with a hint on what to do instead. */
export function assertLeadTransition(from: LeadStatus, to: LeadStatus): void {
  if (canMoveLead(from, to)) return;
  throw new InvalidTransitionError('Lead', from, to, hintFor(from, to));
}

function hintFor(from: LeadStatus, to: LeadStatus): string {
  if (from === LeadStatus.CONVERTED) return 'A converted lead is closed; work on its opportunity.';
  if (from === LeadStatus.DISQUALIFIED) return 'A disqualified lead is closed.';
  if (from === to) return `The lead is already ${from}.`;
  if (to === LeadStatus.QUALIFIED) return 'Record the first contact (markLeadContacted) first.';
  if (to === LeadStatus.CONVERTED) return 'Only a QUALIFIED lead can be converted.';
  return `From ${from} a lead may go to ${next[from].join(' or ')}.`;
}
