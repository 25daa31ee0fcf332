import type { OpportunityWonData } from '@salesgraph/events';
import type { LineRequest } from './order-line-builder';
import { unitPricePattern } from './order-line-patterns';

/**
 * Which lines of a won opportunity go into its draft order: those of
 * products that are still sold (the rep adds what is missing; the others are
 * reported as skipped). A price agreed in the catalogue's currency, in a
 * shape an order line accepts, is kept; otherwise the line takes the list
 * price.
 */
export function wonOpportunityLines(
  won: Pick<OpportunityWonData, 'lines' | 'currency'>,
  sold: ReadonlySet<string>,
  currency: string,
): { requests: LineRequest[]; skipped: string[] } {
  const keepsPrice = (unitPrice: string | undefined): unitPrice is string =>
    unitPrice !== undefined && won.currency === currency && unitPricePattern.test(unitPrice);
  return {
    requests: won.lines
      .filter((line) => sold.has(line.productId))
      .map((line) => ({
        productId: line.productId,
        quantity: String(line.quantity),
        ...(keepsPrice(line.unitPrice) ? { unitPrice: line.unitPrice } : {}),
      })),
    skipped: won.lines.filter((line) => !sold.has(line.productId)).map((line) => line.productId),
  };
}
