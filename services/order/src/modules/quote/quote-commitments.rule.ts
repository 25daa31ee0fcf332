import { Exact, sumOf, toCents } from '@salesgraph/service-kit';

/**
 * quote-commitments-v1: how an accepted quote's lines become a supply
 * contract's commitments. Pure.
 *
 * - one commitment per line: the product, the quantity as the committed
 *   quantity, and the line's net unit price (unit price less its discount)
 *   as the contract price, since a contract price has no discount;
 * - a contract price holds 4 decimals: a net price with more cannot be
 *   committed exactly and is refused, never rounded;
 * - a product twice in the quote is refused (a contract has one price per
 *   product);
 * - the commitments add up to the quote's total to the cent (each
 *   quantity x price rounded half-up to cents, as the quote's net amounts).
 */
export const QUOTE_COMMITMENTS_VERSION = 'quote-commitments-v1';

export interface QuotedLine {
  productId: string;
  sku: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  netAmount: string;
}

export interface QuotedCommitment {
  productId: string;
  price: string;
  committedQuantity: string;
}

export type CommitmentsOutcome =
  { commitments: QuotedCommitment[]; totalNet: string } | { problem: string };

export function commitmentsOfQuote(lines: readonly QuotedLine[]): CommitmentsOutcome {
  const seen = new Set<string>();
  const commitments: QuotedCommitment[] = [];
  for (const line of lines) {
    if (seen.has(line.productId))
      return {
        problem: `${line.sku} is on more than one line; a contract has one price per product`,
      };
    seen.add(line.productId);
    const net = new Exact(line.unitPrice).times(
      new Exact(100).minus(line.discountPercent).dividedBy(100),
    );
    if (net.decimalPlaces() > 4)
      return {
        problem: `${line.sku}'s net price ${net.toFixed()} has more than 4 decimals, which a contract price cannot hold`,
      };
    const amount = toCents(net.times(line.quantity));
    if (!new Exact(amount).equals(line.netAmount))
      return { problem: `${line.sku} commits ${amount}, its quote line ${line.netAmount}` };
    commitments.push({
      productId: line.productId,
      price: net.toFixed(),
      committedQuantity: line.quantity,
    });
  }
  const totalNet = toCents(
    sumOf(commitments.map((c) => toCents(new Exact(c.price).times(c.committedQuantity)))),
  );
  return { commitments, totalNet };
}
