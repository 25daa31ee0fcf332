import { BadInputError, Exact, sumOf } from '@salesgraph/service-kit';

export interface SplitDraft {
  productLine?: string | null;
  productId?: string | null;
  amount: string;
}

/**
 * The rules of a target and its splits: a positive amount; each split names
 * either a product line or a product, never both; all splits of one kind (a
 * product inside a split product line would count twice); no duplicates; no
 * negative parts; together no more than the target.
 */
export function validateTarget(amount: string, splits: readonly SplitDraft[]): void {
  if (!new Exact(amount).greaterThan(0))
    throw new BadInputError(`amount must be greater than 0, not ${amount}.`);
  const seen = new Set<string>();
  let kind: 'line' | 'product' | undefined;
  splits.forEach((split, index) => {
    const where = `splits[${index}]`;
    const hasLine = Boolean(split.productLine);
    const hasProduct = Boolean(split.productId);
    if (hasLine === hasProduct)
      throw new BadInputError(
        `${where}: give either productLine or productId, not both or neither.`,
      );
    const splitKind = hasLine ? 'line' : 'product';
    if (kind && kind !== splitKind)
      throw new BadInputError(
        'Split a target either by product line or by product, not both: the parts would overlap.',
      );
    kind = splitKind;
    const key = (split.productLine ?? split.productId ?? '').toLowerCase();
    if (seen.has(key))
      throw new BadInputError(`${where}: ${split.productLine ?? split.productId} appears twice.`);
    seen.add(key);
    if (new Exact(split.amount).isNegative())
      throw new BadInputError(`${where}: amount must not be negative.`);
  });
  const total = sumOf(splits.map((s) => s.amount));
  if (total.greaterThan(amount))
    throw new BadInputError(
      `The splits add up to ${total.toFixed()}, more than the target of ${amount}.`,
    );
}
