import { QuoteAccepted } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  Exact,
  inTransaction,
  isoDateOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ContractNegotiationService } from '../contract/contract-negotiation.service';
import type { OrderDraftWriter } from '../order/order-draft-writer';
import type { OrderLineBuilder } from '../order/order-line-builder';
import { OrderKind } from '../order/order-status';
import type { OrderWorkflowService } from '../order/order-workflow.service';
import type { Order } from '../order/order.entity';
import type { PriceApprovalService } from '../price-approval/price-approval.service';
import type { PriceTerms } from '../price-approval/price-terms';
import { commitmentsOfQuote } from './quote-commitments.rule';
import { currentVersionOf, quoteSnapshotOf } from './quote-snapshot';
import type { Quote } from './quote.entity';
import { QuoteException } from './quote.exception';
import type { QuoteService } from './quote.service';

/**
 * A quote's way to the customer and back: sent (once its prices pass the
 * price guard or the seller's manager approved exactly them), then accepted
 * or rejected as the customer answers, or withdrawn by the seller. An
 * accepted quote becomes a placed order with the same lines, prices and
 * discounts, in one transaction with QuoteAccepted, which closes the quote's
 * opportunity as won (in the lead service) with the quote's amount. Or, the
 * seller choosing a supply contract under negotiation at acceptance, its
 * lines become that contract's commitments instead of an order.
 */
export class QuoteWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly quotes: QuoteService,
    private readonly approvals: PriceApprovalService,
    private readonly terms: PriceTerms,
    private readonly lines: OrderLineBuilder,
    private readonly writer: OrderDraftWriter,
    private readonly orders: OrderWorkflowService,
    private readonly contracts: ContractNegotiationService,
  ) {}

  send(command: CommandContext, quoteId: string, expectedVersion: number): Promise<Quote> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const quote = await this.quotes.loadAtVersion(manager, command, quoteId, expectedVersion);
      this.quotes.assertMove(quote, 'SENT');
      this.assertValid(command, quote);
      // PRICE_APPROVAL_REQUIRED until the seller's manager approved exactly these prices.
      await this.approvals.assertCleared(
        manager,
        await this.terms.ofQuote(manager, quote, isoDateOf(command.clock.now())),
      );
      await this.quotes.claim(manager, command, quote, expectedVersion, {
        status: 'SENT',
        sentAt: command.clock.now(),
      });
      await this.quotes.rememberActor(manager, command);
      await this.quotes.publish(manager, command, quote, 'SENT');
      return quote;
    });
  }

  accept(
    command: CommandContext,
    quoteId: string,
    expectedVersion: number,
    purchasingContactName?: string,
    contractId?: string,
  ): Promise<Quote> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const quote = await this.quotes.loadAtVersion(manager, command, quoteId, expectedVersion);
      this.quotes.assertMove(quote, 'ACCEPTED');
      this.assertValid(command, quote);
      if (contractId)
        return this.acceptIntoContract(manager, command, quote, expectedVersion, contractId);
      const version = currentVersionOf(quote);
      const order = await this.writer.insert(
        manager,
        command,
        {
          accountId: quote.accountId,
          kind: OrderKind.AD_HOC,
          placedBy: command.user.id,
          creditedTo: quote.sellerId,
          purchasingContactName,
          ...(quote.opportunityId ? { opportunityId: quote.opportunityId } : {}),
          quoteId: quote.id,
          currency: quote.currency,
        },
        {
          origin: 'QUOTE_ACCEPTED',
          build: async (orderId) => {
            const lines = await this.lines.adHoc(
              manager,
              orderId,
              version.lines.map((line) => ({
                productId: line.productId,
                quantity: line.quantity,
                unitPrice: line.unitPrice,
                discountPercent: line.discountPercent,
              })),
              undefined,
              // Costed on the day the order is made (and placed), in the quote's currency.
              { currency: quote.currency, on: isoDateOf(command.clock.now()) },
            );
            // The order's lines explain their prices as the quote's did.
            return lines.map((line, index) =>
              Object.assign(line, {
                priceSource: version.lines[index].priceSource,
                priceListId: version.lines[index].priceListId ?? null,
              }),
            );
          },
        },
      );
      this.assertSameAmounts(quote, order);
      await this.orders.placeFromQuote(manager, command, order);
      const now = command.clock.now();
      await this.quotes.claim(manager, command, quote, expectedVersion, {
        status: 'ACCEPTED',
        acceptedAt: now,
        orderId: order.id,
      });
      await this.outbox.append(
        manager,
        QuoteAccepted,
        {
          quote: quoteSnapshotOf(quote),
          orderId: order.id,
          orderNumber: order.orderNumber,
          acceptedAt: now.toISOString(),
        },
        eventContextOf(command),
      );
      return quote;
    });
  }

  /**
   * The accepted lines become the commitments of a supply contract under
   * negotiation (quote-commitments.rule), in the same transaction as the
   * contract's ContractProposed and QuoteAccepted (which wins the
   * opportunity with the quote's amount, as for an order).
   */
  private async acceptIntoContract(
    manager: EntityManager,
    command: CommandContext,
    quote: Quote,
    expectedVersion: number,
    contractId: string,
  ): Promise<Quote> {
    const version = currentVersionOf(quote);
    const outcome = commitmentsOfQuote(version.lines);
    if ('problem' in outcome)
      throw QuoteException.notForContract(quote.quoteNumber, outcome.problem);
    // The rule adds up what the contract will hold: a difference is a defect, never shipped.
    if (!new Exact(outcome.totalNet).equals(version.totalNet))
      throw new Error(
        `quote ${quote.quoteNumber} v${version.versionNumber} totals ${version.totalNet}, its commitments ${outcome.totalNet}`,
      );
    const contract = await this.contracts.adoptQuote(
      { ...command, transaction: manager },
      contractId,
      quote,
      outcome.commitments,
    );
    const now = command.clock.now();
    await this.quotes.claim(manager, command, quote, expectedVersion, {
      status: 'ACCEPTED',
      acceptedAt: now,
      contractId: contract.id,
    });
    await this.outbox.append(
      manager,
      QuoteAccepted,
      {
        quote: quoteSnapshotOf(quote),
        contractId: contract.id,
        contractNumber: contract.contractNumber,
        acceptedAt: now.toISOString(),
      },
      eventContextOf(command),
    );
    return quote;
  }

  /** The customer said no (REJECTED) or the seller takes it back (WITHDRAWN). */
  close(
    command: CommandContext,
    to: 'REJECTED' | 'WITHDRAWN',
    quoteId: string,
    expectedVersion: number,
    reason?: string,
  ): Promise<Quote> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const quote = await this.quotes.loadAtVersion(manager, command, quoteId, expectedVersion);
      this.quotes.assertMove(quote, to);
      await this.quotes.claim(manager, command, quote, expectedVersion, {
        status: to,
        rejectionReason: reason?.trim() || null,
        ...(to === 'REJECTED' ? { rejectedAt: command.clock.now() } : {}),
      });
      await this.quotes.publish(manager, command, quote, to, reason?.trim() || undefined);
      return quote;
    });
  }

  private assertValid(command: CommandContext, quote: Quote): void {
    const { validUntil } = currentVersionOf(quote);
    if (validUntil < isoDateOf(command.clock.now()))
      throw QuoteException.expired(quote.quoteNumber, validUntil);
  }

  /** The order is priced by the same rules from the same terms: a difference is a defect, never shipped. */
  private assertSameAmounts(quote: Quote, order: Order): void {
    const version = currentVersionOf(quote);
    if (!new Exact(order.totalNet).equals(version.totalNet))
      throw new Error(
        `quote ${quote.quoteNumber} v${version.versionNumber} totals ${version.totalNet}, its order ${order.totalNet}`,
      );
  }
}
