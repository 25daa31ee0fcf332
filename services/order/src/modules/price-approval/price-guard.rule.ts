import { Exact, formatDecimal, toCents } from '@salesgraph/service-kit';

/**
 * price-guard-v1: which prices need the seller's sales manager before an ad
 * hoc order is placed or a supply contract signed. Pure; its version travels
 * in PriceApprovalRequested.
 *
 * - BELOW_COST: the net unit price (after the line's discount; a contract's
 *   negotiated price) is below the product's unit cost;
 * - DISCOUNT_OVER_THRESHOLD: the net unit price is more than the threshold
 *   percent below the list price, however it got there (a lower unit price, a
 *   discount, or both).
 *
 * - NO_EXCHANGE_RATE (v2): the line is in another currency than the
 *   catalogue's unit cost and no rate converts the cost on the day, so
 *   BELOW_COST cannot be judged: a manager looks instead (never a silent
 *   pass). With a rate, the cost is compared converted (price-terms.ts).
 *
 * A line may breach several. Call-offs take the contract's approved prices
 * and are not checked again.
 */
export const PRICE_GUARD_VERSION = 'price-guard-v2';

export interface GuardedPrice {
  productId: string;
  sku: string;
  unitPrice: string;
  /** Percent off unitPrice; 0 for contract prices. */
  discountPercent: string;
  /** In the line's currency (converted at the day's rate when the catalogue's is another). */
  unitCost: string;
  listPrice: string;
  /** Why the cost could not be converted into the line's currency; unitCost is then unconverted. */
  costNotConverted?: string;
}

export interface PriceBreachFinding {
  productId: string;
  sku: string;
  kind: 'BELOW_COST' | 'DISCOUNT_OVER_THRESHOLD' | 'NO_EXCHANGE_RATE';
  netUnitPrice: string;
  unitCost: string;
  discountPercent: string;
  thresholdPercent: string;
  /** In words, for NO_EXCHANGE_RATE: which rate is missing. */
  reason?: string;
}

export function priceBreaches(
  prices: readonly GuardedPrice[],
  thresholdPercent: number,
): PriceBreachFinding[] {
  const findings: PriceBreachFinding[] = [];
  for (const price of prices) {
    const net = new Exact(price.unitPrice).times(
      new Exact(100).minus(price.discountPercent).dividedBy(100),
    );
    const list = new Exact(price.listPrice);
    const offList = list.isZero()
      ? new Exact(0)
      : new Exact(1).minus(net.dividedBy(list)).times(100);
    const base = {
      productId: price.productId,
      sku: price.sku,
      netUnitPrice: formatDecimal(net.toDecimalPlaces(4), 2),
      // A converted cost may have many decimals (an inverse rate): 4 places, like the net price.
      unitCost: formatDecimal(new Exact(price.unitCost).toDecimalPlaces(4), 2),
      discountPercent: toCents(offList),
      thresholdPercent: formatDecimal(String(thresholdPercent), 2),
    };
    if (price.costNotConverted !== undefined)
      findings.push({ ...base, kind: 'NO_EXCHANGE_RATE', reason: price.costNotConverted });
    else if (net.lessThan(price.unitCost)) findings.push({ ...base, kind: 'BELOW_COST' });
    if (offList.greaterThan(thresholdPercent))
      findings.push({ ...base, kind: 'DISCOUNT_OVER_THRESHOLD' });
  }
  return findings;
}
