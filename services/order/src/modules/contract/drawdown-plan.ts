import { Exact } from '@salesgraph/service-kit';

export interface CommitmentState {
  productId: string;
  measure: 'QUANTITY' | 'VALUE';
  committed: string;
  consumedQuantity: string;
  consumedValue: string;
}

export interface CallOffLine {
  lineNumber: number;
  productId: string;
  sku: string;
  quantity: string;
  netAmount: string;
}

export interface LineOverrun {
  lineNumber: number;
  sku: string;
  productId: string;
  measure: 'QUANTITY' | 'VALUE';
  /** The part of this line beyond the commitment, in the commitment's measure. */
  excess: string;
  committed: string;
  consumedBefore: string;
  requested: string;
}

export interface DrawdownPlan {
  /** What each commitment's consumption grows by (negative when releasing). */
  deltas: Array<{ productId: string; quantity: string; value: string }>;
  overruns: LineOverrun[];
}

/**
 * Works out how a call-off draws down its contract: consumption grows by the
 * lines' quantities and net values, and whatever goes beyond a commitment is
 * an overrun, attributed to the line that crosses it (lines in order).
 */
export function planDrawdown(
  commitments: readonly CommitmentState[],
  lines: readonly CallOffLine[],
): DrawdownPlan {
  const byProduct = new Map(commitments.map((c) => [c.productId, c]));
  const running = new Map(
    commitments.map((c) => [
      c.productId,
      { quantity: new Exact(c.consumedQuantity), value: new Exact(c.consumedValue) },
    ]),
  );
  const overruns: LineOverrun[] = [];
  for (const line of [...lines].sort((a, b) => a.lineNumber - b.lineNumber)) {
    const commitment = byProduct.get(line.productId);
    const state = running.get(line.productId);
    if (!commitment || !state) throw new Error(`product ${line.productId} is not in the contract`);
    const amount = commitment.measure === 'QUANTITY' ? line.quantity : line.netAmount;
    const before = commitment.measure === 'QUANTITY' ? state.quantity : state.value;
    const after = before.plus(amount);
    const committed = new Exact(commitment.committed);
    const excess = Exact.max(0, after.minus(committed)).minus(
      Exact.max(0, before.minus(committed)),
    );
    if (excess.greaterThan(0))
      overruns.push({
        lineNumber: line.lineNumber,
        sku: line.sku,
        productId: line.productId,
        measure: commitment.measure,
        excess: excess.toFixed(),
        committed: commitment.committed,
        consumedBefore: before.toFixed(),
        requested: new Exact(amount).toFixed(),
      });
    state.quantity = state.quantity.plus(line.quantity);
    state.value = state.value.plus(line.netAmount);
  }
  const deltas = commitments
    .map((c) => {
      const state = running.get(c.productId)!;
      return {
        productId: c.productId,
        quantity: state.quantity.minus(c.consumedQuantity).toFixed(),
        value: state.value.minus(c.consumedValue).toFixed(),
      };
    })
    .filter((d) => d.quantity !== '0' || d.value !== '0');
  return { deltas, overruns };
}
