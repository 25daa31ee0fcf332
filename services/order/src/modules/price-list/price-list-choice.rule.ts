/**
 * price-list-choice-v1: the price a line without a price of its own gets.
 * Pure. Among the lists in the line's currency valid on the day:
 *
 * 1. the account's own lists before its segment's lists;
 * 2. within one kind, the list that took effect last (latest validFrom; on
 *    the same day, the one changed last);
 * 3. the first such list that has the product gives its price and discount.
 *
 * No list has the product: the catalogue's list price (in the catalogue's
 * currency only; another currency needs a price of its own).
 */
export const PRICE_LIST_CHOICE_VERSION = 'price-list-choice-v1';

export interface CandidateList {
  id: string;
  name: string;
  accountId: string | null;
  segment: string | null;
  currency: string;
  validFrom: string;
  validTo: string | null;
  updatedAt: Date;
  entries: ReadonlyArray<{ productId: string; unitPrice: string; discountPercent: string }>;
}

export interface ChosenPrice {
  unitPrice: string;
  discountPercent: string;
  priceSource: 'ACCOUNT_PRICE_LIST' | 'SEGMENT_PRICE_LIST';
  priceListId: string;
  priceListName: string;
}

export function choosePrice(
  lists: readonly CandidateList[],
  context: { accountId: string; segment: string | null; currency: string; on: string },
  productId: string,
): ChosenPrice | null {
  const applicable = lists
    .filter(
      (l) =>
        l.currency === context.currency &&
        l.validFrom <= context.on &&
        (l.validTo === null || l.validTo >= context.on) &&
        (l.accountId === context.accountId ||
          (l.accountId === null && l.segment !== null && l.segment === context.segment)),
    )
    .sort(
      (a, b) =>
        Number(b.accountId !== null) - Number(a.accountId !== null) ||
        b.validFrom.localeCompare(a.validFrom) ||
        b.updatedAt.getTime() - a.updatedAt.getTime(),
    );
  for (const list of applicable) {
    const entry = list.entries.find((e) => e.productId === productId);
    if (entry)
      return {
        unitPrice: entry.unitPrice,
        discountPercent: entry.discountPercent,
        priceSource: list.accountId ? 'ACCOUNT_PRICE_LIST' : 'SEGMENT_PRICE_LIST',
        priceListId: list.id,
        priceListName: list.name,
      };
  }
  return null;
}
