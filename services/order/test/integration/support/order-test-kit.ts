import { AccountOwner } from '@salesgraph/account-directory';
import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  createEnvelope,
  ExchangeRateSet,
  SalesTeamUpdated,
  Topics,
  type EventDefinition,
} from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { TeamMember } from '@salesgraph/team-directory';
import {
  expectData,
  startServiceUnderTest,
  waitFor,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { In } from 'typeorm';
import type { z } from 'zod';
import { loadOrderConfig, type OrderConfig } from '../../../src/config';
import { orderService } from '../../../src/service-definition';

export type OrderSut = ServiceUnderTest<OrderConfig>;

/** The order service, started in-process on a database and topics of its own. */
export function startOrderService(label: string, env?: Record<string, string>): Promise<OrderSut> {
  return startServiceUnderTest({
    label,
    loadConfig: loadOrderConfig,
    definition: orderService,
    env,
  });
}

/** Publishes events the way another service's relay would: enveloped, keyed by subject. */
export async function publish<TType extends string, TSchema extends z.ZodType>(
  broker: MessageBroker,
  topic: string,
  definition: EventDefinition<TType, TSchema>,
  data: z.input<TSchema>,
): Promise<string> {
  const envelope = createEnvelope(definition, data, {
    source: `salesgraph/${definition.producer}`,
    correlationId: `test-${definition.name}`,
    actor: { type: 'service', id: definition.producer },
  });
  const producer = broker.producer();
  await producer.send(topic, [{ key: envelope.subject, value: JSON.stringify(envelope) }]);
  await producer.disconnect();
  return envelope.id;
}

export interface DirectoryAccount {
  id: string;
  ownerId: string;
  tier?: 'STANDARD' | 'KEY';
  name?: string;
}

/**
 * Tells the order service who owns which account and who manages whom, via
 * AccountCreated and SalesTeamUpdated as the account and planning services
 * would, and waits until its directories have them.
 */
export async function seedDirectories(
  sut: OrderSut,
  broker: MessageBroker,
  accounts: DirectoryAccount[],
  teams: Array<{ id: string; managerId: string; members: string[] }> = [],
): Promise<void> {
  for (const account of accounts)
    await publish(broker, `${sut.topicPrefix}${Topics.account}`, AccountCreated, {
      accountId: account.id,
      name: account.name ?? `Account ${account.id.slice(-4)}`,
      segment: 'MEDIUM',
      tier: account.tier ?? 'STANDARD',
      ownerId: account.ownerId,
      origin: 'MANUAL',
      createdAt: new Date().toISOString(),
    });
  for (const team of teams)
    await publish(broker, `${sut.topicPrefix}${Topics.planning}`, SalesTeamUpdated, {
      teamId: team.id,
      name: `Team ${team.id.slice(-4)}`,
      managerId: team.managerId,
      members: team.members.map((userId) => ({ userId, role: 'SALES_REP' as const })),
      updatedAt: new Date().toISOString(),
    });
  const manager = sut.service.deps.dataSource.manager;
  const accountIds = accounts.map((a) => a.id);
  const teamIds = teams.map((t) => t.id);
  const members = teams.reduce((n, t) => n + t.members.length, 0);
  await waitFor(
    async () =>
      (accountIds.length === 0 ||
        (await manager.count(AccountOwner, { where: { accountId: In(accountIds) } })) ===
          accountIds.length) &&
      (teamIds.length === 0 ||
        (await manager.count(TeamMember, { where: { teamId: In(teamIds) } })) === members),
    { what: 'the account and team directories', timeoutMs: 30_000 },
  );
}

export interface ProductSpec {
  sku: string;
  listPrice: string;
  unitCost: string;
}

/** Adds products through the admin mutation; returns their ids by SKU. */
export async function createProducts(
  sut: OrderSut,
  admin: AuthenticatedUser,
  specs: ProductSpec[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const spec of specs) {
    const { createProduct } = expectData(
      await sut.query<{ createProduct: { id: string } }>(
        admin,
        'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
        { input: { ...spec, name: `Product ${spec.sku}`, productLine: 'Test line' } },
      ),
    );
    ids[spec.sku] = createProduct.id;
  }
  return ids;
}

/** The events the service wrote about one aggregate, oldest first (the outbox keeps them all). */
export async function outboxEvents(
  sut: OrderSut,
  aggregateId: string,
): Promise<Array<{ id: string; type: string; data: Record<string, unknown> }>> {
  const rows: Array<{
    id: string;
    event_type: string;
    payload: { data: Record<string, unknown> };
  }> = await sut.service.deps.dataSource.query(
    'SELECT id, event_type, payload FROM outbox_message WHERE aggregate_id = $1 ORDER BY position',
    [aggregateId],
  );
  return rows.map((r) => ({ id: r.id, type: r.event_type, data: r.payload.data }));
}

/**
 * Sets an exchange rate as planning would (ExchangeRateSet on the planning
 * topic) and waits until the order service's copy holds it.
 */
export async function setRate(
  sut: OrderSut,
  broker: MessageBroker,
  rate: { baseCurrency: string; quoteCurrency: string; rate: string; effectiveFrom: string },
): Promise<void> {
  await publish(broker, `${sut.topicPrefix}${Topics.planning}`, ExchangeRateSet, {
    rateId: randomUUID(),
    ...rate,
    source: 'test',
    setBy: 'u-admin',
    setAt: new Date().toISOString(),
  });
  await waitFor(
    async () =>
      (
        await sut.service.deps.dataSource.query(
          `SELECT 1 FROM exchange_rate
            WHERE base_currency = $1 AND quote_currency = $2 AND effective_from = $3 AND rate = $4`,
          [rate.baseCurrency, rate.quoteCurrency, rate.effectiveFrom, rate.rate],
        )
      ).length === 1,
    { what: `the ${rate.baseCurrency}/${rate.quoteCurrency} rate`, timeoutMs: 30_000 },
  );
}
