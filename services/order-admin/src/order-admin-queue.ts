import type { Envelope, OrderSnapshot } from '@salesgraph/events';
import {
  isQueued,
  serviceLevels,
  timingOf,
  type QueuedStatus,
} from '@salesgraph/order-administration';

/** Statuses that wait for order administration (a DRAFT waits for its seller). */
const adminStatuses: readonly string[] = ['PLACED', 'CONFIRMED', 'FULFILLED'];

interface KnownOrder {
  snapshot: OrderSnapshot;
  since: Date;
}

export interface QueueEntry {
  orderId: string;
  orderNumber: string;
  accountId: string;
  kind: string;
  status: string;
  action: string;
  creditedTo: string;
  totalNet: string;
  currency: string;
  contractOverrun: boolean;
  revision: number;
  since: string;
  dueAt: string;
  ageMinutes: number;
  overdue: boolean;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'stale' | 'ignored';

/**
 * What needs action, projected from order events alone: placed orders need
 * confirming, confirmed ones fulfilling, fulfilled ones invoicing; cancelled
 * and invoiced orders leave the queue. Each event applies once (by id) and an
 * order never goes back to an older revision, so redelivery and replays
 * change nothing.
 */
export class OrderAdminQueue {
  private readonly seen = new Set<string>();
  private readonly orders = new Map<string, KnownOrder>();

  apply(event: Envelope): ApplyOutcome {
    const data = event.data as { order?: OrderSnapshot } | undefined;
    if (!event.type.startsWith('order.Order') || !data?.order) return 'ignored';
    if (this.seen.has(event.id)) return 'duplicate';
    this.seen.add(event.id);
    const snapshot = data.order;
    const known = this.orders.get(snapshot.orderId);
    if (known && known.snapshot.revision >= snapshot.revision) return 'stale';
    this.orders.set(snapshot.orderId, { snapshot, since: new Date(timeOf(event)) });
    return 'applied';
  }

  /** The queue at `now`, most urgent first (earliest due). */
  entries(now: Date): QueueEntry[] {
    const entries: QueueEntry[] = [];
    for (const { snapshot, since } of this.orders.values()) {
      if (!adminStatuses.includes(snapshot.status) || !isQueued(snapshot.status)) continue;
      const status: QueuedStatus = snapshot.status;
      const timing = timingOf(status, since, now);
      entries.push({
        orderId: snapshot.orderId,
        orderNumber: snapshot.orderNumber,
        accountId: snapshot.accountId,
        kind: snapshot.kind,
        status,
        action: serviceLevels[status].action,
        creditedTo: snapshot.creditedTo,
        totalNet: snapshot.totalNet,
        currency: snapshot.currency,
        contractOverrun: snapshot.contractOverrun ?? false,
        revision: snapshot.revision,
        since: since.toISOString(),
        dueAt: timing.dueAt.toISOString(),
        ageMinutes: timing.ageMinutes,
        overdue: timing.overdue,
      });
    }
    return entries.sort(
      (a, b) => a.dueAt.localeCompare(b.dueAt) || a.orderNumber.localeCompare(b.orderNumber),
    );
  }

  /** Counts per action and overdue, for logs and the HTTP answer. */
  summary(now: Date): { waiting: Record<string, number>; overdue: number; ordersKnown: number } {
    const waiting: Record<string, number> = { CONFIRM: 0, FULFIL: 0, INVOICE: 0 };
    let overdue = 0;
    for (const entry of this.entries(now)) {
      waiting[entry.action] += 1;
      if (entry.overdue) overdue += 1;
    }
    return { waiting, overdue, ordersKnown: this.orders.size };
  }
}

/** When the order entered its status: the time the event states, or when it was published. */
function timeOf(event: Envelope): string {
  const data = event.data as Record<string, unknown>;
  for (const key of [
    'placedAt',
    'confirmedAt',
    'fulfilledAt',
    'invoicedAt',
    'cancelledAt',
    'draftedAt',
  ])
    if (typeof data[key] === 'string') return data[key] as string;
  return event.time;
}
