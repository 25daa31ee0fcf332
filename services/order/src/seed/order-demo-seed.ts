import { AccountDirectory } from '@salesgraph/account-directory';
import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import {
  addDays,
  fixedClock,
  isoDateOf,
  ManualClock,
  serviceCommand,
  userCommand,
  type CommandContext,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import type { OrderConfig } from '../config';
import { SupplyContractStatus } from '../modules/contract/contract-status';
import { SupplyContract } from '../modules/contract/supply-contract.entity';
import { OrderKind } from '../modules/order/order-status';
import { checkMove } from '../modules/order/order-transitions';
import { Order } from '../modules/order/order.entity';
import { Product } from '../modules/product/product.entity';
import type { OrderComponents } from '../order-components';
import { orderService } from '../service-definition';
import { demoContracts, type DemoContract } from './demo-contracts';
import { demoAdHocOrders, type DemoOrder } from './demo-plan';

const day = 86_400_000;

/**
 * The order service's demo data, written through the services (so every
 * change has its outbox event) by commands of demo users whose clock is set
 * to when it happened. Safe to run twice: what exists is left alone, and an
 * order that stopped half way resumes from its current status.
 */
export class OrderDemoSeed {
  private readonly now: Date;
  /** The time the seed's commands act at; moved before each step. */
  private readonly at: ManualClock;
  private readonly c: OrderComponents;
  private created = 0;

  constructor(private readonly deps: ServiceDeps<OrderConfig>) {
    this.now = deps.clock.now();
    this.at = new ManualClock(this.now);
    this.c = orderService.components(deps);
  }

  async run(): Promise<{ created: number; warnings: number }> {
    await this.catalogue();
    await this.directory();
    for (const contract of demoContracts) {
      await this.contract(contract);
      for (const callOff of contract.callOffs) await this.order(callOff);
    }
    for (const order of demoAdHocOrders) await this.order(order);
    const report = await this.c.watch.run(
      serviceCommand('order', fixedClock(this.now), 'seed-contract-watch'),
    );
    return {
      created: this.created,
      warnings: report.expiring.length + report.underrun.length + report.expired.length,
    };
  }

  /** Created by the admin through the service (ProductChanged), a day before anything was sold. */
  private async catalogue(): Promise<void> {
    const manager = this.deps.dataSource.manager;
    const admin = this.command(DemoUsers.admin, 'catalogue');
    const firstSale = Math.max(
      ...demoContracts.map((c) => c.startDaysAgo + 14),
      ...demoAdHocOrders.map((o) => o.createdDaysAgo),
    );
    for (const product of Object.values(DemoProducts)) {
      if (await manager.existsBy(Product, { id: product.id })) continue;
      this.at.set(this.daysAgo(firstSale + 1));
      await this.c.products.create(admin, { ...product, active: true }, product.id);
      this.created += 1;
    }
  }

  /**
   * Who owns the demo accounts, so that access works before the account
   * service's events arrive. Stamped far in the past: any real event wins.
   */
  private async directory(): Promise<void> {
    const directory = new AccountDirectory();
    const manager = this.deps.dataSource.manager;
    for (const account of Object.values(DemoAccounts)) {
      if (await directory.ownerOf(manager, account.id)) continue;
      await directory.applyCreated(manager, {
        accountId: account.id,
        name: account.name,
        segment: account.segment,
        tier: account.tier,
        ownerId: account.ownerId,
        origin: 'MANUAL',
        createdAt: '2000-01-01T00:00:00.000Z',
      });
    }
  }

  private async contract(plan: DemoContract): Promise<void> {
    const manager = this.deps.dataSource.manager;
    const command = this.command(DemoUsers[plan.manager], plan.id);
    const today = isoDateOf(this.now);
    const startDate = addDays(today, -plan.startDaysAgo);
    let contract = await manager.findOneBy(SupplyContract, { id: plan.id });
    if (!contract) {
      this.at.set(new Date(Date.parse(`${startDate}T09:00:00Z`) - 14 * day));
      const { id, accountId, overrunPolicy, noticeDays, commitments } = plan;
      const input = { accountId, overrunPolicy, noticeDays, commitments, startDate };
      const endDate = addDays(today, plan.endInDays);
      contract = await this.c.negotiation.create(command, { ...input, endDate }, id);
      this.created += 1;
    }
    if (contract.status === SupplyContractStatus.NEGOTIATING) {
      this.at.set(new Date(Date.parse(`${startDate}T09:00:00Z`) - 7 * day));
      await this.c.lifecycle.sign(command, contract.id, contract.version);
    }
  }

  private async order(plan: DemoOrder): Promise<void> {
    const manager = this.deps.dataSource.manager;
    const seller = this.command(DemoUsers[plan.seller], plan.id);
    let order = await manager.findOneBy(Order, { id: plan.id });
    if (!order) {
      this.at.set(this.daysAgo(plan.createdDaysAgo));
      order =
        plan.contractId == null
          ? await this.c.drafting.createAdHoc(
              seller,
              { accountId: plan.accountId, lines: plan.lines },
              plan.id,
            )
          : await this.c.drafting.createCallOff(
              seller,
              { contractId: plan.contractId, lines: plan.lines },
              plan.id,
            );
      this.created += 1;
    }
    for (const step of plan.steps) {
      if (!checkMove(order.status, step.move).ok) continue;
      this.at.set(this.daysAgo(step.daysAgo));
      const who = step.move === 'place' ? seller : this.command(DemoUsers.coordinator, plan.id);
      order = await this.c.workflow.move(who, step.move, order.id, order.version, step.reason);
    }
    if (order.kind === OrderKind.CALL_OFF && order.contractOverrun)
      this.deps.logger.warn(
        { order: order.orderNumber },
        'demo call-off was flagged as an overrun',
      );
  }

  private daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * day);
  }

  private command(user: AuthenticatedUser, subject: string): CommandContext {
    return userCommand(user, { correlationId: `seed-${subject}`, clock: this.at });
  }
}
