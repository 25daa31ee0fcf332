import { BadInputError } from '../graphql/domain-error';

/** Clock skew tolerated for "when it happened" before it counts as the future. */
export const ACTIVITY_CLOCK_SKEW_MS = 5 * 60_000;

/** What a person logs of a call, e-mail, meeting or visit, as far as the common checks go. */
export interface LoggedActivity {
  type: string;
  visitReport?: string | null;
  occurredAt?: Date | null;
  nextFollowUpAt?: Date | null;
}

/**
 * The checks every logged activity passes, on leads, opportunities and
 * accounts alike: a VISIT has its visit report (who was met, what was
 * agreed) and nothing else has one; it happened (not in the future); the
 * follow-up it plans is ahead. Here rather than in validators: type-graphql
 * skips the validators of fields left out, and the fields depend on each other.
 */
export function checkLoggedActivity(activity: LoggedActivity, now: Date): void {
  if (activity.type === 'VISIT' && !activity.visitReport?.trim())
    throw new BadInputError('visitReport is required for a VISIT: who was met, what was agreed.', {
      field: 'visitReport',
    });
  if (activity.type !== 'VISIT' && activity.visitReport != null)
    throw new BadInputError('visitReport belongs to a VISIT; use notes for anything else.', {
      field: 'visitReport',
    });
  if (activity.occurredAt && activity.occurredAt.getTime() > now.getTime() + ACTIVITY_CLOCK_SKEW_MS)
    throw new BadInputError('occurredAt is in the future: log activities that happened.', {
      field: 'occurredAt',
    });
  if (activity.nextFollowUpAt && activity.nextFollowUpAt.getTime() <= now.getTime())
    throw new BadInputError('nextFollowUpAt must be in the future.', { field: 'nextFollowUpAt' });
}
