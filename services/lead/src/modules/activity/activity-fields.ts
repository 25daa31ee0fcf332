import type { ActivityRecord } from './activity-record';
import type { LogLeadActivityInput } from './dto/log-lead-activity.input';

/** A new activity's fields from what was logged (now, when it is not said when it happened). */
export function activityFields(input: LogLeadActivityInput, now: Date, createdBy: string) {
  return {
    type: input.type,
    outcome: input.outcome,
    notes: input.notes ?? null,
    visitReport: input.visitReport ?? null,
    occurredAt: input.occurredAt ?? now,
    nextFollowUpAt: input.nextFollowUpAt ?? null,
    createdBy,
  };
}

/** What an "activity logged" event says of an activity: never its notes or visit report. */
export function activityLoggedFields(activity: ActivityRecord) {
  return {
    activityId: activity.id,
    type: activity.type,
    outcome: activity.outcome,
    occurredAt: activity.occurredAt.toISOString(),
    hasVisitReport: activity.visitReport != null,
    ...(activity.nextFollowUpAt ? { nextFollowUpAt: activity.nextFollowUpAt.toISOString() } : {}),
    loggedBy: activity.createdBy,
    loggedAt: activity.createdAt.toISOString(),
  };
}
