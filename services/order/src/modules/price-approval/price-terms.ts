import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { convertAt, type RateLookup } from '../currency/rate-lookup';
import type { SupplyContract } from '../contract/supply-contract.entity';
import { OrderKind } from '../order/order-status';
import type { Order } from '../order/order.entity';
import type { ProductService } from '../product/product.service';
import { currentVersionOf } from '../quote/quote-snapshot';
import type { Quote } from '../quote/quote.entity';
import { priceBreaches, type GuardedPrice, type PriceBreachFinding } from './price-guard.rule';

/** The prices of an order or contract as the guard sees them, and a digest of the terms. */
export interface PricedTerms {
  subjectType: 'ORDER' | 'CONTRACT' | 'QUOTE';
  subjectId: string;
  subjectNumber: string;
  accountId: string;
  sellerId: string;
  /** A digest of what an approval approves: change any of it and a new one is needed. */
  key: string;
  breaches: PriceBreachFinding[];
}

/**
 * A price list's price was set by a sales manager: it is the reference a
 * line's discount is measured from (below cost is still below cost).
 */
const fromPriceList = (source: string) =>
  source === 'ACCOUNT_PRICE_LIST' || source === 'SEGMENT_PRICE_LIST';

/** What the guard reads of an order's or a quote's line. */
interface PricedLine extends Pick<
  GuardedPrice,
  'productId' | 'sku' | 'unitPrice' | 'discountPercent' | 'unitCost'
> {
  priceSource: string;
}

const digest = (parts: unknown) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/**
 * Reads the terms the price guard judges: an ad hoc order's lines (list
 * price from the catalogue now) and a contract's negotiated prices. Call-offs
 * have no terms of their own: the signed contract's prices were approved.
 */
export class PriceTerms {
  constructor(
    private readonly products: ProductService,
    private readonly thresholdPercent: number,
    private readonly catalogueCurrency: string,
    private readonly rates: RateLookup,
  ) {}

  /** `day`: the day whose rate converts unit costs (the catalogue's currency) into the order's. */
  async ofOrder(manager: EntityManager, order: Order, day: string): Promise<PricedTerms> {
    const lines = order.kind === OrderKind.AD_HOC ? order.lines : [];
    // The lines' costs are already in the order's currency unless no rate converted them.
    const prices = await this.linePrices(manager, lines, order.currency, day, order.costCurrency);
    return {
      subjectType: 'ORDER',
      subjectId: order.id,
      subjectNumber: order.orderNumber,
      accountId: order.accountId,
      sellerId: order.creditedTo,
      key: digest(
        [...order.lines]
          .sort((a, b) => a.lineNumber - b.lineNumber)
          .map((l) => [l.productId, l.quantity, l.unitPrice, l.discountPercent]),
      ),
      breaches: priceBreaches(prices, this.thresholdPercent),
    };
  }

  async ofContract(
    manager: EntityManager,
    contract: SupplyContract,
    day: string,
  ): Promise<PricedTerms> {
    const commitments = [...contract.commitments].sort((a, b) =>
      a.productId.localeCompare(b.productId),
    );
    const catalogue = await this.catalogue(
      manager,
      commitments.map((c) => c.productId),
    );
    const cost = await this.costIn(manager, contract.currency, day);
    const sameCurrency = contract.currency === this.catalogueCurrency;
    const prices: GuardedPrice[] = commitments.flatMap((c) => {
      const product = catalogue.get(c.productId);
      return product
        ? [
            {
              productId: c.productId,
              sku: product.sku,
              unitPrice: c.price,
              discountPercent: '0',
              ...cost(product.unitCost),
              listPrice: sameCurrency ? product.listPrice : c.price,
            },
          ]
        : [];
    });
    return {
      subjectType: 'CONTRACT',
      subjectId: contract.id,
      subjectNumber: contract.contractNumber,
      accountId: contract.accountId,
      sellerId: contract.ownerId,
      key: digest(commitments.map((c) => [c.productId, c.price])),
      breaches: priceBreaches(prices, this.thresholdPercent),
    };
  }

  /** A quote's current version: the prices the customer will be offered (the same guard as an order's). */
  async ofQuote(manager: EntityManager, quote: Quote, day: string): Promise<PricedTerms> {
    const { lines, costCurrency } = currentVersionOf(quote);
    // The version's costs are in the quote's currency (converted the day it was written) unless
    // no rate converted them then: those are converted now, or the guard asks a manager.
    const prices = await this.linePrices(manager, lines, quote.currency, day, costCurrency);
    return {
      subjectType: 'QUOTE',
      subjectId: quote.id,
      subjectNumber: quote.quoteNumber,
      accountId: quote.accountId,
      sellerId: quote.sellerId,
      key: digest([
        quote.currency,
        lines.map((l) => [l.productId, l.quantity, l.unitPrice, l.discountPercent]),
      ]),
      breaches: priceBreaches(prices, this.thresholdPercent),
    };
  }

  /**
   * An order's or a quote's lines as the guard sees them. A price list's price is the
   * reference a line's discount is measured from; otherwise the catalogue's list price, which
   * exists only in the catalogue's currency: in another, the line's own price stands in (only
   * BELOW_COST can then be judged, against the unit cost). `costCurrency`: the lines' costs' currency.
   */
  private async linePrices(
    manager: EntityManager,
    lines: readonly PricedLine[],
    currency: string,
    day: string,
    costCurrency: string,
  ): Promise<GuardedPrice[]> {
    const catalogue = await this.catalogue(
      manager,
      lines.map((l) => l.productId),
    );
    const cost = await this.costIn(manager, currency, day, costCurrency);
    const listPricesApply = currency === this.catalogueCurrency;
    return lines.map((line) => ({
      productId: line.productId,
      sku: line.sku,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      ...cost(line.unitCost),
      listPrice: fromPriceList(line.priceSource)
        ? line.unitPrice
        : ((listPricesApply ? catalogue.get(line.productId)?.listPrice : undefined) ??
          line.unitPrice),
    }));
  }

  /**
   * How a unit cost (in the catalogue's currency) is compared with prices in
   * `currency`: converted at the day's rate (rate-of-day.sql.ts), or, with no
   * rate, unconverted and marked so the guard asks a manager. `from`: the
   * costs' currency (an order's lines may already be in the order's).
   */
  private async costIn(
    manager: EntityManager,
    currency: string,
    day: string,
    from = this.catalogueCurrency,
  ): Promise<(unitCost: string) => Pick<GuardedPrice, 'unitCost' | 'costNotConverted'>> {
    const used = await this.rates.rateOn(manager, from, currency, day);
    if (!used)
      return (unitCost) => ({
        unitCost,
        // Without the cost itself: the reason reaches sellers who may not read costs.
        costNotConverted: `no ${from}/${currency} exchange rate on ${day} converts its cost`,
      });
    return (unitCost) => ({ unitCost: convertAt(unitCost, used).toFixed() });
  }

  private async catalogue(manager: EntityManager, ids: string[]) {
    const products = await this.products.findByIds([...new Set(ids)], manager);
    return new Map(products.map((p) => [p.id, p] as const));
  }
}
