import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  type Envelope,
  type EventDefinition,
  type OrderSnapshot,
} from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker, MessageProducer } from '@salesgraph/messaging';
import {
  expectData,
  startServiceUnderTest,
  testBroker,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import type { z } from 'zod';
import { loadPlanningConfig, type PlanningConfig } from '../../../src/config';
import { planningService } from '../../../src/service-definition';
import { type Clock, Exact, sumOf } from '@salesgraph/service-kit';

/** A planning service under test, and a producer to publish other services' events to it. */
export class PlanningFixture {
  private broker?: MessageBroker;
  private producer?: MessageProducer;

  private constructor(readonly sut: ServiceUnderTest<PlanningConfig>) {}

  static async start(label: string, options: { clock?: Clock; env?: Record<string, string> } = {}) {
    const sut = await startServiceUnderTest({
      label,
      loadConfig: loadPlanningConfig,
      definition: (config) => planningService(config, { clock: options.clock }),
      env: options.env,
    });
    return new PlanningFixture(sut);
  }

  get dataSource() {
    return this.sut.service.deps.dataSource;
  }

  query<T = Record<string, unknown>>(
    user: AuthenticatedUser,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    return this.sut.query<T>(user, query, variables);
  }

  async data<T>(
    user: AuthenticatedUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    return expectData(await this.sut.query<T>(user, query, variables));
  }

  /** Builds an envelope as its producer would, for publishing once or several times. */
  envelope<TType extends string, TSchema extends z.ZodType>(
    definition: EventDefinition<TType, TSchema>,
    data: z.input<TSchema>,
  ): Envelope {
    return createEnvelope(definition, data, {
      source: `salesgraph/${definition.producer}`,
      correlationId: randomUUID(),
      actor: { type: 'user', id: DemoUsers.coordinator.id },
    });
  }

  async publish(topic: string, ...envelopes: Envelope[]): Promise<void> {
    this.broker ??= testBroker();
    this.producer ??= this.broker.producer();
    await this.producer.send(
      `${this.sut.topicPrefix}${topic}`,
      envelopes.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );
  }

  /** How many events a consumer of this service has handled (its inbox rows). */
  handled(consumer: string): Promise<number> {
    return this.sut.handled(consumer);
  }

  async stop(): Promise<void> {
    await this.broker?.disconnect();
    await this.sut?.stop();
  }
}

/** Statuses in which an order counts as booked business (the order service's rule). */
const bookedStatuses: Array<OrderSnapshot['status']> = ['CONFIRMED', 'FULFILLED', 'INVOICED'];

/**
 * An order as the order service snapshots it; one line per entry. Like the
 * order service, it carries `bookedAt` (the confirmation) once the order was
 * confirmed, also after a cancellation, `invoicedAt` once invoiced, and
 * `countsAsBooked` while confirmed, fulfilled or invoiced.
 */
export function orderSnapshot(options: {
  orderId?: string;
  accountId: string;
  creditedTo: string;
  status: OrderSnapshot['status'];
  revision: number;
  lines: Array<{ productId: string; productLine: string; net: string; cost: string }>;
  currency?: string;
  /** When the order was (or will be) confirmed; left out of the snapshot before that. */
  bookedAt?: string;
  invoicedAt?: string;
  /** The costs' currency when no rate converted them into the order's (margin is then 0). */
  costCurrency?: string;
}): OrderSnapshot {
  const countsAsBooked = bookedStatuses.includes(options.status);
  const confirmed = countsAsBooked || options.status === 'CANCELLED';
  if (countsAsBooked && !options.bookedAt)
    throw new Error(`a ${options.status} order snapshot needs the bookedAt of its confirmation`);
  if (options.status === 'INVOICED' && !options.invoicedAt)
    throw new Error('an INVOICED order snapshot needs its invoicedAt');
  const totalNet = sum(options.lines.map((l) => l.net));
  const totalCost = sum(options.lines.map((l) => l.cost));
  return {
    orderId: options.orderId ?? randomUUID(),
    orderNumber: `SO-${Math.floor(Math.random() * 1e6)}`,
    accountId: options.accountId,
    kind: 'AD_HOC',
    status: options.status,
    placedBy: options.creditedTo,
    creditedTo: options.creditedTo,
    currency: options.currency ?? 'EUR',
    lines: options.lines.map((l) => ({
      productId: l.productId,
      sku: 'SKU',
      productLine: l.productLine,
      quantity: '1',
      unitPrice: l.net,
      discountPercent: '0',
      unitCost: l.cost,
      netAmount: l.net,
      costAmount: l.cost,
    })),
    totalNet,
    totalCost,
    margin: options.costCurrency ? '0.00' : new Exact(totalNet).minus(totalCost).toFixed(2),
    ...(options.costCurrency ? { costCurrency: options.costCurrency } : {}),
    placedAt: '2026-01-05T09:00:00Z',
    ...(confirmed && options.bookedAt ? { bookedAt: options.bookedAt } : {}),
    ...(options.status === 'INVOICED' ? { invoicedAt: options.invoicedAt } : {}),
    countsAsBooked,
    revision: options.revision,
  };
}

function sum(values: string[]): string {
  return sumOf(values).toFixed(2);
}
