import type { OpportunityWonData } from '@salesgraph/events';
import {
  inTransaction,
  isoDateOf,
  type CommandContext,
  type Logger,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { ProductService } from '../product/product.service';
import type { OrderDraftWriter } from './order-draft-writer';
import type { OrderLineBuilder } from './order-line-builder';
import { OrderKind } from './order-status';
import { Order } from './order.entity';
import { wonOpportunityLines } from './won-opportunity-lines.rule';

/**
 * A won opportunity becomes a DRAFT order for its owner (the rep), who
 * checks it and places it. Without an account there is nobody to deliver
 * to, so nothing is drafted. Lines come from the event when it has them (see
 * wonOpportunityLines). One opportunity gives at most one draft, also when
 * its event arrives twice under two ids. An opportunity won by accepting a
 * quote already has its (placed) order: no draft.
 */
export class OpportunityDraftingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductService,
    private readonly lines: OrderLineBuilder,
    private readonly writer: OrderDraftWriter,
    private readonly currency: string,
    private readonly logger: Logger,
  ) {}

  async draftFor(command: CommandContext, won: OpportunityWonData): Promise<Order | null> {
    const { accountId, opportunityId } = won;
    // Won by an accepted quote: its order was placed with the acceptance.
    if (won.quoteId) return null;
    if (!accountId) {
      this.logger.info({ opportunityId }, 'won opportunity has no account: no draft order');
      return null;
    }
    return inTransaction(this.dataSource, command, async (manager) => {
      if (await manager.existsBy(Order, { opportunityId })) return null;
      const sold = await this.products.soldAmong(
        manager,
        won.lines.map((line) => line.productId),
      );
      const { requests, skipped } = wonOpportunityLines(won, sold, this.currency);
      if (skipped.length)
        this.logger.warn(
          { opportunityId, skipped },
          'won opportunity names products that are not sold: left out of the draft',
        );
      return this.writer.insert(
        manager,
        command,
        {
          accountId,
          kind: OrderKind.AD_HOC,
          placedBy: won.ownerId,
          creditedTo: won.ownerId,
          opportunityId,
        },
        {
          origin: 'OPPORTUNITY_WON',
          build: (orderId) =>
            this.lines.adHoc(manager, orderId, requests, {
              accountId,
              currency: this.currency,
              on: isoDateOf(command.clock.now()),
            }),
        },
      );
    });
  }
}
