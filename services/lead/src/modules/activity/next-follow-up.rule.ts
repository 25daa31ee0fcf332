/**
 * Which activity decides a lead's (or an opportunity's) next follow-up: the
 * one that happened last (`occurredAt`), not the one logged last. A call from
 * last week logged today must not wipe the follow-up that yesterday's visit
 * planned. Between two activities that happened at the same moment, the later
 * logged wins. A follow-up planned by hand counts as something that happened
 * when it was planned (`handPlan`): it overrides what came before, and a
 * later activity overrides it.
 *
 * follow-up-v3 (v2 had no hand-planned follow-ups; v1 took the activity logged last).
 */
export const FOLLOW_UP_RULE_VERSION = 'follow-up-v3';

export interface FollowUpSource {
  occurredAt: Date;
  createdAt: Date;
  nextFollowUpAt: Date | null;
}

export function nextFollowUpOf(activities: readonly FollowUpSource[]): Date | null {
  let latest: FollowUpSource | null = null;
  for (const activity of activities)
    if (
      !latest ||
      activity.occurredAt.getTime() > latest.occurredAt.getTime() ||
      (activity.occurredAt.getTime() === latest.occurredAt.getTime() &&
        activity.createdAt.getTime() >= latest.createdAt.getTime())
    )
      latest = activity;
  return latest?.nextFollowUpAt ?? null;
}

/** A follow-up planned by hand at `setAt` for `setTo` (null: cleared), as a source; none if never. */
export function handPlan(setAt: Date | null, setTo: Date | null): FollowUpSource[] {
  return setAt ? [{ occurredAt: setAt, createdAt: setAt, nextFollowUpAt: setTo }] : [];
}
