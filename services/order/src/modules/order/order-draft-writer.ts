import { randomUUID } from 'node:crypto';
import { OrderDrafted } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { nextDocumentNumber } from '../numbering/document-number';
import { OrderLine } from './order-line.entity';
import { orderTotalsOf } from './order-pricing';
import { orderSnapshotOf } from './order-snapshot';
import { OrderStatus, type OrderKind } from './order-status';
import { Order } from './order.entity';

export interface NewDraft {
  id?: string;
  accountId: string;
  kind: OrderKind;
  contractId?: string;
  placedBy: string;
  creditedTo: string;
  purchasingContactName?: string;
  purchasingContactId?: string;
  opportunityId?: string;
  /** An accepted quote's: the order is in the quote's currency. */
  quoteId?: string;
  currency?: string;
}

/**
 * Writes a new DRAFT with its lines and its OrderDrafted event, in the
 * caller's transaction: a request's, or the inbox transaction of the
 * OpportunityWon handler.
 */
export class OrderDraftWriter {
  constructor(
    private readonly outbox: Outbox,
    /** The catalogue's currency: an order's unless it comes from a quote in another. */
    readonly currency: string,
  ) {}

  async insert(
    manager: EntityManager,
    command: CommandContext,
    draft: NewDraft,
    how: {
      origin: 'USER' | 'OPPORTUNITY_WON' | 'QUOTE_ACCEPTED';
      build: (orderId: string) => Promise<OrderLine[]>;
    },
  ): Promise<Order> {
    const now = command.clock.now();
    const id = draft.id ?? randomUUID();
    const lines = await how.build(id);
    const order = Object.assign(new Order(), {
      id,
      orderNumber: await nextDocumentNumber(manager, 'order_number_seq', 'SO', 6),
      accountId: draft.accountId,
      kind: draft.kind,
      contractId: draft.contractId ?? null,
      status: OrderStatus.DRAFT,
      placedBy: draft.placedBy,
      creditedTo: draft.creditedTo,
      purchasingContactName: draft.purchasingContactName ?? null,
      purchasingContactId: draft.purchasingContactId ?? null,
      currency: draft.currency ?? this.currency,
      ...orderTotalsOf(lines, draft.currency ?? this.currency),
      contractOverrun: false,
      opportunityId: draft.opportunityId ?? null,
      quoteId: draft.quoteId ?? null,
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
      statusChangedAt: now,
      placedAt: null,
      confirmedAt: null,
      fulfilledAt: null,
      invoicedAt: null,
      cancelledAt: null,
      version: 1,
    });
    await manager.insert(Order, { ...order });
    if (lines.length) await manager.insert(OrderLine, lines);
    order.lines = lines;
    await this.outbox.append(
      manager,
      OrderDrafted,
      {
        order: orderSnapshotOf(order),
        change: 'CREATED',
        origin: how.origin,
        draftedAt: now.toISOString(),
      },
      eventContextOf(command),
    );
    return order;
  }
}
