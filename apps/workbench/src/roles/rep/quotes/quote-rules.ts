/** A product of interest on a deal, as the lead service lists it. */
export interface DealProduct {
  productId: string;
  quantity?: number | null;
}

/**
 * The lines of a new quote from a deal's products: the quantity the deal
 * names (one when it names none), and no unit price, so the order service
 * prices each line from the account's (or the segment's) price list, else the
 * catalogue, and says which on the line (priceSource).
 */
export function linesFromDeal(products: DealProduct[]) {
  return products.map((p) => ({ productId: p.productId, quantity: String(p.quantity ?? 1) }));
}

const sources: Record<string, string> = {
  LIST_PRICE: 'List price',
  ACCOUNT_PRICE_LIST: 'Account price list',
  SEGMENT_PRICE_LIST: 'Segment price list',
  NEGOTIATED: 'Negotiated',
};

/** Where a line's price came from, in words. */
export function priceSourceLabel(source: string): string {
  return sources[source] ?? source;
}

export type QuoteAction = 'send' | 'revise' | 'accept' | 'reject';

/**
 * What a rep can do with a quote in each status (the order service decides;
 * this only offers the buttons that can succeed): a draft is sent or
 * revised; a sent quote is accepted, rejected or revised; a rejected one
 * revised; accepted and withdrawn quotes are final.
 */
export function quoteActions(status: string): QuoteAction[] {
  switch (status) {
    case 'DRAFT':
      return ['send', 'revise'];
    case 'SENT':
      return ['accept', 'reject', 'revise'];
    case 'REJECTED':
      return ['revise'];
    default:
      return [];
  }
}

/** How many of a deal's quotes one page shows: the `limit` written in DealQuotes (a test holds them equal). */
export const quotesPerPage = 20;

/** Whether to offer older quotes after a page: only a full page may have more behind it. */
export function mayHaveOlderQuotes(shownOnPage: number): boolean {
  return shownOnPage >= quotesPerPage;
}
