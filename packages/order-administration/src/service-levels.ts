/**
 * How long an order may wait in each status before it is overdue, in
 * business days (Monday to Friday, UTC), and what it waits for.
 *
 * Shared by the order service's queues and the order-admin app's own queue:
 * two deployables share nothing but packages, so the table lives here, once.
 */
export const serviceLevels = {
  DRAFT: {
    action: 'PLACE',
    businessDays: 10,
    description: 'the seller places or cancels a draft within 10 business days',
  },
  PLACED: {
    action: 'CONFIRM',
    businessDays: 1,
    description: 'order administration confirms within 1 business day',
  },
  CONFIRMED: {
    action: 'FULFIL',
    businessDays: 5,
    description: 'fulfilled within 5 business days of confirmation',
  },
  FULFILLED: {
    action: 'INVOICE',
    businessDays: 2,
    description: 'invoiced within 2 business days of fulfilment',
  },
} as const;

export type QueuedStatus = keyof typeof serviceLevels;

export const queuedStatuses = Object.keys(serviceLevels) as QueuedStatus[];

export function isQueued(status: string): status is QueuedStatus {
  return status in serviceLevels;
}

/**
 * `start` plus `days` business days, at the same time of day: each step
 * moves one calendar day and Saturdays and Sundays do not count.
 */
export function addBusinessDays(start: Date, days: number): Date {
  const due = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return due;
}

export interface QueueTiming {
  ageMinutes: number;
  dueAt: Date;
  overdue: boolean;
}

/** How long an order has waited in its status, when it is due and whether it is late. */
export function timingOf(status: QueuedStatus, since: Date, now: Date): QueueTiming {
  const dueAt = addBusinessDays(since, serviceLevels[status].businessDays);
  return {
    ageMinutes: Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000)),
    dueAt,
    overdue: now.getTime() > dueAt.getTime(),
  };
}
