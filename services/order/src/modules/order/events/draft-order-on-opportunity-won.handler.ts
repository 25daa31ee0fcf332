import { OpportunityWon, type OpportunityWonData } from '@salesgraph/events';
import { on, type HandlerContext } from '@salesgraph/messaging';
import { In } from 'typeorm';
import { Product } from '../../product/product.entity';
import { unitPricePattern } from '../dto/order-line.input';
import type { OrderDraftWriter } from '../order-draft-writer';
import type { OrderLineBuilder } from '../order-line-builder';
import { OrderKind } from '../order-status';
import { Order } from '../order.entity';

/**
 * A won opportunity becomes a DRAFT order for its owner (the rep), who
 * checks it and places it. Without an account there is nobody to deliver
 * to, so nothing is drafted. Lines come from the event when it has them:
 * products the catalogue does not know or no longer sells are left out (the
 * rep adds what is missing), and prices in another currency are replaced by
 * list prices. One opportunity gives at most one draft.
 */
export function draftOrderOnOpportunityWon(
  writer: OrderDraftWriter,
  lines: OrderLineBuilder,
  currency: string,
) {
  return on(OpportunityWon, async (event, context) => {
    const data = event.data;
    if (!data.accountId) {
      context.logger.info(
        { opportunityId: data.opportunityId },
        'won opportunity has no account: no draft order',
      );
      return;
    }
    const { manager } = context;
    if (await manager.existsBy(Order, { opportunityId: data.opportunityId })) return;
    const requests = await orderableLines(context, data, currency);
    await writer.insert(
      manager,
      {
        accountId: data.accountId,
        kind: OrderKind.AD_HOC,
        placedBy: data.ownerId,
        creditedTo: data.ownerId,
        opportunityId: data.opportunityId,
      },
      context.eventContext,
      { origin: 'OPPORTUNITY_WON', build: (orderId) => lines.adHoc(manager, orderId, requests) },
    );
  });
}

async function orderableLines(context: HandlerContext, data: OpportunityWonData, currency: string) {
  const ids = [...new Set(data.lines.map((l) => l.productId))];
  if (ids.length === 0) return [];
  const sold = new Set(
    (await context.manager.find(Product, { where: { id: In(ids), active: true } })).map(
      (p) => p.id,
    ),
  );
  const skipped = data.lines.filter((l) => !sold.has(l.productId)).map((l) => l.productId);
  if (skipped.length)
    context.logger.warn(
      { opportunityId: data.opportunityId, skipped },
      'won opportunity names products that are not sold: left out of the draft',
    );
  return data.lines
    .filter((l) => sold.has(l.productId))
    .map((l) => ({
      productId: l.productId,
      quantity: String(l.quantity),
      ...(l.unitPrice && data.currency === currency && unitPricePattern.test(l.unitPrice)
        ? { unitPrice: l.unitPrice }
        : {}),
    }));
}
