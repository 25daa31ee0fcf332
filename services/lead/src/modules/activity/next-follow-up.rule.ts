/**
 * Which activity decides a lead's next follow-up: the one that happened last
 * (`occurredAt`), not the one logged last. A call from last week logged today
 * must not wipe the follow-up that yesterday's visit planned. Between two
 * activities that happened at the same moment, the later logged wins.
 *
 * follow-up-v2 (v1 took the activity logged last).
 */
export const FOLLOW_UP_RULE_VERSION = 'follow-up-v2';

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
