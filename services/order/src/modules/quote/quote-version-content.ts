import type { LineRequest } from '../order/order-line-builder';
import type { OrderLine } from '../order/order-line.entity';
import { orderTotalsOf, type OrderTotals } from '../order/order-pricing';
import type { QuoteLine } from './quote-line.type';

/** A version's lines and totals, with the currency its costs are in. */
export interface QuoteVersionContent extends OrderTotals {
  lines: QuoteLine[];
  costCurrency: string;
}

/**
 * A version's lines from the lines the order's line builder priced and
 * costed (so the order an accepted quote becomes has the same amounts), and
 * its totals by the order's rule: costs in the quote's currency at the day's
 * rate give margin = totalNet - totalCost; costs no rate converted stay in
 * the catalogue's currency (costCurrency says so) and margin is "0.00",
 * never a difference of two currencies. A revision keeps each line's price
 * source (and price list) unless the line is new.
 */
export function quoteVersionContent(
  priced: readonly OrderLine[],
  requested: readonly LineRequest[],
  currency: string,
): QuoteVersionContent {
  const lines: QuoteLine[] = priced.map((line, index) => {
    // A revision's requests are the previous version's lines.
    const kept = requested[index] as Partial<QuoteLine> | undefined;
    return {
      lineNumber: line.lineNumber,
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      productLine: line.productLine,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      priceSource: kept?.priceSource ?? line.priceSource,
      priceListId: kept?.priceListId ?? line.priceListId ?? null,
      unitCost: line.unitCost,
      costCurrency: line.costCurrency,
      netAmount: line.netAmount,
      costAmount: line.costAmount,
    };
  });
  return { lines, ...orderTotalsOf(lines, currency) };
}
