import { defineLifecycle, type Lifecycle } from '@salesgraph/service-kit';
import { LeadStatus } from './lead-status';

const { NEW, CONTACTED, QUALIFIED, DISQUALIFIED, CONVERTED } = LeadStatus;

/**
 * The legal moves of a lead: NEW -> CONTACTED -> QUALIFIED -> CONVERTED, and
 * DISQUALIFIED from any open status. DISQUALIFIED and CONVERTED are final.
 * The hints tell a rep what to do instead of the refused step.
 */
export const leadLifecycle: Lifecycle<LeadStatus> = defineLifecycle<LeadStatus>({
  entity: 'Lead',
  transitions: {
    [NEW]: [CONTACTED, DISQUALIFIED],
    [CONTACTED]: [QUALIFIED, DISQUALIFIED],
    [QUALIFIED]: [CONVERTED, DISQUALIFIED],
    [DISQUALIFIED]: [],
    [CONVERTED]: [],
  },
  hint: (from, to): string => {
    if (from === CONVERTED) return 'A converted lead is closed; work on its opportunity.';
    if (from === DISQUALIFIED) return 'A disqualified lead is closed.';
    if (from === to) return `The lead is already ${from}.`;
    if (to === QUALIFIED) return 'Record the first contact (markLeadContacted) first.';
    if (to === CONVERTED) return 'Only a QUALIFIED lead can be converted.';
    return `From ${from} a lead may go to ${leadLifecycle.next(from).join(' or ')}.`;
  },
});

/** Statuses in which a lead is still being worked on (and counts towards a rep's cap). */
export const openLeadStatuses: readonly LeadStatus[] = leadLifecycle.open;

export function isOpenLead(status: LeadStatus): boolean {
  return !leadLifecycle.isFinal(status);
}
