import { openStoredPersonalData } from '@salesgraph/messaging';
import { Topics, type Envelope, type EventDefinition } from '@salesgraph/events';
import {
  chronologyOf,
  expectData,
  outboxCount,
  publishedEvents,
  waitFor,
  type HistoryEntry,
} from '@salesgraph/testing';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { sql, type AccountSut } from './account-test-kit';
import { startSeededService, type SeededService } from './seeded-service';

export { historyFields, type HistoryEntry } from '@salesgraph/testing';

/** The events of one kind about one entity (keyed by the entity's own id), oldest first. */
export async function eventsAbout(
  sut: AccountSut,
  definition: EventDefinition,
  id: string,
): Promise<Array<Envelope<string, Record<string, unknown>>>> {
  const rows = await sql<{ payload: Envelope<string, Record<string, unknown>> }>(
    sut,
    `SELECT payload FROM outbox_message WHERE aggregate_type = $1 AND aggregate_id = $2 AND event_type = $3
     ORDER BY position`,
    [definition.aggregateType, id, definition.type],
  );
  // Personal fields are sealed in the outbox: opened with the service's keys, as history reads them.
  const data = await openStoredPersonalData(
    sut.service.deps.dataSource.manager,
    rows.map((r) => ({ eventType: r.payload.type, data: r.payload.data })),
  );
  return rows.map((r, i) => ({ ...r.payload, data: data[i] }));
}

/** Every outbox row of the service: a refused change must not add one. */
export function outboxSize(sut: AccountSut): Promise<number> {
  return outboxCount(sut.service.deps.dataSource);
}

/** Runs a mutation that must be refused with `code`, and checks that it wrote no event at all. */
export async function expectRefusedWithoutEvents(
  sut: AccountSut,
  user: AuthenticatedUser,
  mutation: string,
  variables: Record<string, unknown>,
  code: string,
): Promise<void> {
  const before = await outboxSize(sut);
  const response = await sut.query(user, mutation, variables);
  expect({ user: user.id, variables, code: response.errors?.[0]?.extensions?.code }).toEqual({
    user: user.id,
    variables,
    code,
  });
  expect(response.errors?.[0].message).toBeTruthy();
  expect(await outboxSize(sut)).toBe(before);
}

/** A refusal of one mutation: who tries it, with which variables, and the code they get. */
export type Refusal = [user: AuthenticatedUser, variables: Record<string, unknown>, code: string];

/** Tries the mutation once per refusal, in order: each must be refused with its code, writing no event. */
export async function expectAllRefusedWithoutEvents(
  sut: AccountSut,
  mutation: string,
  refusals: Refusal[],
): Promise<void> {
  for (const [user, variables, code] of refusals) {
    await expectRefusedWithoutEvents(sut, user, mutation, variables, code);
  }
}

/** The history entries reduced to who did what, for comparing a sequence. */
export function whoDidWhat(
  history: HistoryEntry[],
  detail: (data: Record<string, unknown>) => unknown,
) {
  return history.map((h) => [h.eventType.split('.')[1], h.actorId, detail(h.data)]);
}

/** Checks that the entries are in the order they happened, all within [from, now]. */
export function expectChronological(history: HistoryEntry[], from: Date): void {
  expect(chronologyOf(history, from)).toEqual({ oldestFirst: true, sinceThen: true });
}

/** The account topic as other services read it, from the beginning. */
export async function accountTopicReader(sut: AccountSut) {
  const topic = await publishedEvents(`${sut.topicPrefix}${Topics.account}`);
  const typesKeyedBy = (key: string) => topic.about(key).map((e) => e.type);
  return {
    /** Waits until the topic holds exactly these event types under `key`, in this order. */
    async expectKeyed(key: string, types: string[]): Promise<void> {
      await waitFor(() => typesKeyedBy(key).length >= types.length, {
        what: `${types.join(', ')} on the account topic under ${key}`,
      });
      expect(typesKeyedBy(key)).toEqual(types);
    },
    close: () => topic.close(),
  };
}

/** Reads one field of a query that must succeed. */
export async function read<T>(
  sut: AccountSut,
  user: AuthenticatedUser,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return expectData(await sut.query<T>(user, query, variables));
}

export type AccountTopicReader = Awaited<ReturnType<typeof accountTopicReader>>;

/** What a history spec works with: the seeded service, and its topic as other services read it. */
export interface HistoryFixture {
  seeded: SeededService;
  sut: AccountSut;
  topic: AccountTopicReader;
}

/**
 * The seeded service and a reader of its topic, started before the tests of
 * the enclosing describe block and stopped after them. Read the fields inside
 * a test: they are set once beforeAll has run.
 */
export function seededServiceWithTopic(label: string): HistoryFixture {
  const fixture = {} as HistoryFixture;
  beforeAll(async () => {
    fixture.seeded = await startSeededService(label);
    fixture.sut = fixture.seeded.sut;
    fixture.topic = await accountTopicReader(fixture.sut);
  });
  afterAll(async () => {
    await fixture.topic?.close();
    await fixture.seeded?.stop();
  });
  return fixture;
}
