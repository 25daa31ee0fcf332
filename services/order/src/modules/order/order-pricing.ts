import { Exact, sumOf, toCents } from '@salesgraph/service-kit';

export interface LineTerms {
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  unitCost: string;
}

export interface PricedLine {
  netAmount: string;
  costAmount: string;
}

export interface OrderTotals {
  totalNet: string;
  totalCost: string;
  margin: string;
}

/**
 * The pricing rules, in one place (they are also part of the event contract,
 * see packages/events/src/order/order-snapshot.ts):
 *
 * - line net  = quantity x unitPrice x (1 - discountPercent / 100), rounded
 *   half-up to cents once, per line, from the exact product;
 * - line cost = quantity x unitCost, rounded half-up to cents per line;
 * - totals are the sums of the rounded lines (so they always add up to what
 *   an invoice shows), margin = totalNet - totalCost.
 *
 * Everything is decimal arithmetic; no float is ever involved.
 */
export function priceLine(terms: LineTerms): PricedLine {
  const quantity = new Exact(terms.quantity);
  const keep = new Exact(100).minus(terms.discountPercent).dividedBy(100);
  return {
    netAmount: toCents(quantity.times(terms.unitPrice).times(keep)),
    costAmount: toCents(quantity.times(terms.unitCost)),
  };
}

export function totalsOf(lines: readonly PricedLine[]): OrderTotals {
  const net = sumOf(lines.map((l) => l.netAmount));
  const cost = sumOf(lines.map((l) => l.costAmount));
  return {
    totalNet: net.toFixed(2),
    totalCost: cost.toFixed(2),
    margin: net.minus(cost).toFixed(2),
  };
}

/** Margin as a percentage of net, rounded half-up to two places; null for a zero-value order. */
export function marginPercentOf(totals: OrderTotals): string | null {
  const net = new Exact(totals.totalNet);
  if (net.isZero()) return null;
  return toCents(new Exact(totals.margin).dividedBy(net).times(100));
}

/**
 * An order's totals and the currency of its costs: its lines' (one lookup
 * costs them all, order-line-builder.ts). Costs the day's rate could not
 * convert stay in the catalogue's currency; the margin is then "0.00", never
 * a difference of two currencies.
 */
export function orderTotalsOf(
  lines: ReadonlyArray<PricedLine & { costCurrency: string }>,
  currency: string,
): OrderTotals & { costCurrency: string } {
  const costCurrency = lines[0]?.costCurrency ?? currency;
  const totals = totalsOf(lines);
  return costCurrency === currency
    ? { ...totals, costCurrency }
    : { ...totals, margin: '0.00', costCurrency };
}
