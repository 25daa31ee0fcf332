import type { EntityManager } from 'typeorm';
import { Exact, isoDateOf } from '@salesgraph/service-kit';
import { OrderLine } from '../order/order-line.entity';
import type { Order } from '../order/order.entity';
import { ContractCommitment } from './contract-commitment.entity';
import { OverrunPolicy } from './contract-status';
import { ContractException } from './contract.exception';
import { planDrawdown } from './drawdown-plan';
import { SupplyContract } from './supply-contract.entity';
import { assertTakesCallOffs } from './supply-contract-lifecycle';

/**
 * Keeps a contract's consumption in step with its call-offs. Placing a
 * call-off draws down; cancelling a placed or confirmed one gives it back.
 * The contract row is locked first, so concurrent call-offs against one
 * contract are checked against each other's consumption, never a stale one.
 */
export class ContractDrawdown {
  /** Draws down for a call-off being placed; returns whether it was flagged as an overrun. */
  async draw(manager: EntityManager, order: Order, on: Date): Promise<boolean> {
    const contract = await this.lockContract(manager, order.contractId!);
    assertTakesCallOffs(contract);
    const today = isoDateOf(on);
    if (today < contract.startDate || today > contract.endDate)
      throw ContractException.outsideTerm(contract, today);

    const commitments = await manager.find(ContractCommitment, {
      where: { contractId: contract.id },
    });
    const plan = planDrawdown(
      commitments.map((c) => ({ ...c, measure: c.measure, committed: c.committed })),
      order.lines,
    );
    if (plan.overruns.length && contract.overrunPolicy === OverrunPolicy.REFUSE) {
      const first = plan.overruns[0];
      throw ContractException.overrunRefused(contract.contractNumber, {
        ...first,
        consumed: first.consumedBefore,
      });
    }
    await this.apply(manager, contract.id, plan.deltas);
    for (const overrun of plan.overruns) {
      const line = order.lines.find((l) => l.lineNumber === overrun.lineNumber)!;
      const column = overrun.measure === 'QUANTITY' ? 'overrunQuantity' : 'overrunValue';
      line[column] = overrun.excess;
      await manager.update(
        OrderLine,
        { orderId: order.id, lineNumber: line.lineNumber },
        { [column]: overrun.excess },
      );
    }
    return plan.overruns.length > 0;
  }

  /** Gives back what a cancelled call-off had drawn down. */
  async release(manager: EntityManager, order: Order): Promise<void> {
    await this.lockContract(manager, order.contractId!);
    const deltas = new Map<string, { quantity: Exact; value: Exact }>();
    for (const line of order.lines) {
      const delta = deltas.get(line.productId) ?? { quantity: new Exact(0), value: new Exact(0) };
      delta.quantity = delta.quantity.minus(line.quantity);
      delta.value = delta.value.minus(line.netAmount);
      deltas.set(line.productId, delta);
    }
    await this.apply(
      manager,
      order.contractId!,
      [...deltas].map(([productId, d]) => ({
        productId,
        quantity: d.quantity.toFixed(),
        value: d.value.toFixed(),
      })),
    );
  }

  private async lockContract(manager: EntityManager, id: string): Promise<SupplyContract> {
    const contract = await manager.findOne(SupplyContract, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!contract) throw ContractException.notFound(id);
    return contract;
  }

  private async apply(
    manager: EntityManager,
    contractId: string,
    deltas: Array<{ productId: string; quantity: string; value: string }>,
  ): Promise<void> {
    for (const delta of deltas) {
      await manager.query(
        `UPDATE contract_commitment
            SET consumed_quantity = consumed_quantity + $3, consumed_value = consumed_value + $4
          WHERE contract_id = $1 AND product_id = $2`,
        [contractId, delta.productId, delta.quantity, delta.value],
      );
    }
  }
}
