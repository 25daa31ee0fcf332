import { openStoredPersonalData } from '@salesgraph/messaging';
import { randomUUID } from 'node:crypto';
import { SalesTeamUpdated, type Envelope, type OrderSnapshot } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import {
  EventPublisher,
  startServiceUnderTest,
  waitFor,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import type { Clock } from '@salesgraph/service-kit';
import { loadAccountConfig, type AccountConfig } from '../../src/config';
import { accountService } from '../../src/service-definition';

export type AccountSut = ServiceUnderTest<AccountConfig>;

/** The real account service on its own database and topic prefix, acting by `clock` if given. */
export function startAccountService(label: string, clock?: Clock): Promise<AccountSut> {
  return startServiceUnderTest({
    label,
    loadConfig: loadAccountConfig,
    definition: (config) => accountService(config, clock ? { clock } : {}),
    // The recheck job runs in the tests through runOnce(), not on a timer.
    env: { HEALTH_RECHECK_INTERVAL_MS: String(24 * 3_600_000) },
  });
}

/** Publishes events to the service's topics as their producers would. */
export { EventPublisher };

/** Rows of the service's own database, for asserting what was (not) written. */
export function sql<T = Record<string, unknown>>(
  sut: AccountSut,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return sut.service.deps.dataSource.query(query, params);
}

/**
 * The outbox rows of one event type (optionally about one account: keyed by
 * it, or by a contact or threat of it), oldest first.
 */
export async function outboxEvents(sut: AccountSut, type: string, accountId?: string) {
  const rows = await sql<{ payload: Envelope }>(
    sut,
    `SELECT payload FROM outbox_message WHERE event_type = $1
       AND ($2::text IS NULL OR aggregate_id = $2 OR payload -> 'data' ->> 'accountId' = $2)
     ORDER BY position`,
    [type, accountId ?? null],
  );
  // Personal fields are sealed in the outbox: opened with the service's keys, as history reads them.
  const data = await openStoredPersonalData(
    sut.service.deps.dataSource.manager,
    rows.map((r) => ({ eventType: r.payload.type, data: r.payload.data })),
  );
  return rows.map(
    (r, i) => ({ ...r.payload, data: data[i] }) as Envelope<string, Record<string, unknown>>,
  );
}

/** The demo teams as planning publishes them: Mia leads Rita, Raj and Alex; Max leads Rosa, Ron and Ana. */
export async function publishDemoTeams(sut: AccountSut, publisher: EventPublisher): Promise<void> {
  const at = new Date().toISOString();
  const team = (teamId: string, name: string, managerId: string, members: AuthenticatedUser[]) =>
    publisher.publish(SalesTeamUpdated, {
      teamId,
      name,
      managerId,
      members: members.map((m) => ({
        userId: m.id,
        role: m.roles.includes('ACCOUNT_MANAGER')
          ? ('ACCOUNT_MANAGER' as const)
          : ('SALES_REP' as const),
      })),
      updatedAt: at,
    });
  await team(randomUUID(), 'North', DemoUsers.manager.id, [
    DemoUsers.rep,
    DemoUsers.rep2,
    DemoUsers.accountManager,
  ]);
  await team(randomUUID(), 'South', DemoUsers.manager2.id, [
    DemoUsers.rep3,
    DemoUsers.rep4,
    DemoUsers.accountManager2,
  ]);
  await waitFor(async () => (await sql(sut, 'SELECT 1 FROM team_member')).length === 6, {
    what: 'the team directory to hold both demo teams',
  });
}

/** The service, told of the demo teams; `stop()` closes the publisher and the service. */
export async function startWithDemoTeams(label: string) {
  const sut = await startAccountService(label);
  const publisher = new EventPublisher(sut);
  await publishDemoTeams(sut, publisher);
  return {
    sut,
    publisher,
    async stop() {
      await publisher.close();
      await sut.stop();
    },
  };
}

/** Response data of the tests' ad hoc queries: the shape is the query's, asserted field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

/**
 * An order as the order service's events carry it, booking included as that
 * service decides it: booked when confirmed (pass the confirmation time as
 * `bookedAt`), counting as booked while CONFIRMED, FULFILLED or INVOICED.
 */
export function orderSnapshot(
  order: Partial<OrderSnapshot> &
    Pick<OrderSnapshot, 'orderId' | 'accountId' | 'status' | 'revision' | 'totalNet'>,
): OrderSnapshot {
  return {
    orderNumber: `SO-${order.orderId.slice(0, 6)}`,
    kind: 'AD_HOC',
    placedBy: DemoUsers.rep.id,
    creditedTo: DemoUsers.rep.id,
    currency: 'EUR',
    lines: [],
    totalCost: '0.00',
    margin: order.totalNet,
    ...order,
    countsAsBooked: ['CONFIRMED', 'FULFILLED', 'INVOICED'].includes(order.status),
  };
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** The calendar date (UTC) `days` from today, as a date argument. */
export const dateInDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
