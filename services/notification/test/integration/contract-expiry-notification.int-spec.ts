import { randomUUID } from 'node:crypto';
import { ContractExpiring, NotificationPreferencesChanged, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import {
  EventPublisher,
  startNotificationService,
  type NotificationSut,
} from './notification-test-kit';
import { startSmtpSink } from './smtp-sink';

const feedQuery = `query Feed($kinds: [NotificationKind!], $unreadOnly: Boolean) {
  notifications(kinds: $kinds, unreadOnly: $unreadOnly) {
    total unread
    items { id recipientId kind title body subjectType subjectId accountId occurredAt readAt emailStatus emailSentAt }
  }
}`;

interface FeedItem {
  id: string;
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  accountId: string | null;
  readAt: string | null;
  emailStatus: string;
  emailSentAt: string | null;
}
interface Feed {
  notifications: { total: number; unread: number; items: FeedItem[] };
}

describe('a contract expiry warning reaches its account manager', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let sut: NotificationSut;
  let publisher: EventPublisher;
  const am = DemoUsers.accountManager;
  const otherAm = DemoUsers.accountManager2;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    sut = await startNotificationService('notification-expiry', {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'SalesGraph <alerts@salesgraph.test>',
      APP_URL: 'https://crm.example.test',
    });
    publisher = new EventPublisher(sut);
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
    await smtp?.close();
  });

  it('once in the feed and once by e-mail through SMTP, however often the event is delivered', async () => {
    // The account manager wants contract expiries by e-mail, at the address of their token.
    const chosen = expectData(
      await sut.query<{
        updateNotificationPreferences: { emailKinds: string[]; emailAddress: string };
      }>(
        am,
        `mutation { updateNotificationPreferences(input: { emailKinds: [CONTRACT_EXPIRING, ACCOUNT_AT_RISK] }) {
          emailKinds emailAddress } }`,
      ),
    );
    expect(chosen.updateNotificationPreferences).toEqual({
      emailKinds: ['ACCOUNT_AT_RISK', 'CONTRACT_EXPIRING'],
      emailAddress: am.email,
    });
    const [changed] = await sut.service.deps.dataSource.query(
      `SELECT aggregate_id, event_type FROM outbox_message WHERE aggregate_type = $1`,
      [NotificationPreferencesChanged.aggregateType],
    );
    expect(changed).toEqual({
      aggregate_id: am.id,
      event_type: NotificationPreferencesChanged.type,
    });

    const contractId = randomUUID();
    const accountId = randomUUID();
    const warning = publisher.envelope(ContractExpiring, {
      contractId,
      accountId,
      ownerId: am.id,
      endDate: '2027-01-31',
      daysLeft: 60,
      detectedAt: new Date().toISOString(),
    });
    // Delivered twice (a producer retry, a redrive), then a later event of the same
    // contract, for someone else: on the same partition, so once it is handled,
    // both copies before it have been too.
    await publisher.send(ContractExpiring, warning, warning);
    await publisher.send(ContractExpiring, warning);
    const marker = publisher.envelope(ContractExpiring, {
      contractId,
      accountId,
      ownerId: otherAm.id,
      endDate: '2027-01-31',
      daysLeft: 59,
      detectedAt: new Date().toISOString(),
    });
    await publisher.send(ContractExpiring, marker);
    // Watched in the database: reading a feed would tell the service the reader's address.
    const markerRow = () =>
      sut.service.deps.dataSource
        .query('SELECT email_status FROM notification WHERE source_event_id = $1', [marker.id])
        .then((rows: Array<{ email_status: string }>) => rows[0]);
    await waitFor(markerRow, { what: "the later event in the other account manager's feed" });

    const sent = await waitFor(
      async () => {
        const feed = expectData(await sut.query<Feed>(am, feedQuery)).notifications;
        return feed.items[0]?.emailStatus === 'SENT' && feed;
      },
      { what: 'the e-mail sent' },
    );
    expect(sent.total).toBe(1);
    expect(sent.unread).toBe(1);
    expect(sent.items[0]).toMatchObject({
      recipientId: am.id,
      kind: 'CONTRACT_EXPIRING',
      title: 'Contract expires in 60 days',
      subjectType: 'SupplyContract',
      subjectId: contractId,
      accountId,
      readAt: null,
    });
    const rows = await sut.service.deps.dataSource.query(
      'SELECT recipient_id FROM notification WHERE source_event_id = $1',
      [warning.id],
    );
    expect(rows).toEqual([{ recipient_id: am.id }]);

    // Exactly one e-mail left, to the account manager, through the SMTP server.
    const toAm = smtp.received.filter((m) => m.to.includes(am.email!));
    expect(toAm).toHaveLength(1);
    expect(toAm[0]!.from).toBe('alerts@salesgraph.test');
    expect(toAm[0]!.raw).toContain('Subject: [SalesGraph] Contract expires in 60 days');
    expect(toAm[0]!.raw).toContain('https://crm.example.test/notifications');
    // The other account manager's address was not known yet: in the feed, no e-mail.
    expect(await markerRow()).toEqual({ email_status: 'NO_ADDRESS' });
    const other = expectData(await sut.query<Feed>(otherAm, feedQuery)).notifications;
    expect(other.items.map((n) => [n.subjectId, n.emailStatus])).toEqual([
      [contractId, 'NO_ADDRESS'],
    ]);
    expect(smtp.received).toHaveLength(1);
  });

  it('filters by kind, marks one and all read, and keeps feeds personal', async () => {
    const feed = expectData(await sut.query<Feed>(am, feedQuery)).notifications;
    const [item] = feed.items;
    expect(
      expectData(await sut.query<Feed>(am, feedQuery, { kinds: ['ACCOUNT_AT_RISK'] }))
        .notifications,
    ).toEqual({ total: 0, unread: 0, items: [] });
    expect(
      expectData(await sut.query<Feed>(am, feedQuery, { kinds: ['CONTRACT_EXPIRING'] }))
        .notifications.total,
    ).toBe(1);

    // Someone else can neither mark it read nor read the feed.
    const mark = `mutation($id: ID!) { markNotificationRead(notificationId: $id) { id readAt } }`;
    expect(errorCode(await sut.query(DemoUsers.rep, mark, { id: item!.id }))).toBe('NOT_FOUND');
    const entityFeed = `query($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) {
      ... on User { notifications { total unread } } } }`;
    expect(errorCode(await sut.query(DemoUsers.rep, entityFeed, { id: am.id }))).toBe('FORBIDDEN');
    expect(
      expectData(
        await sut.query<{ _entities: unknown[] }>(DemoUsers.admin, entityFeed, { id: am.id }),
      )._entities,
    ).toEqual([{ notifications: { total: 1, unread: 1 } }]);

    const read = expectData(
      await sut.query<{ markNotificationRead: { readAt: string | null } }>(am, mark, {
        id: item!.id,
      }),
    );
    expect(read.markNotificationRead.readAt).not.toBeNull();
    expect(
      expectData(
        await sut.query<{ unreadNotificationCount: number }>(am, '{ unreadNotificationCount }'),
      ).unreadNotificationCount,
    ).toBe(0);
    expect(
      expectData(await sut.query<Feed>(am, feedQuery, { unreadOnly: true })).notifications.total,
    ).toBe(0);

    expect(
      expectData(
        await sut.query<{ markAllNotificationsRead: number }>(
          DemoUsers.accountManager2,
          'mutation { markAllNotificationsRead }',
        ),
      ).markAllNotificationsRead,
    ).toBe(1);
  });

  it('dead-letters a warning that breaks its contract, with the reason, and goes on', async () => {
    const broker = testBroker();
    const dlq = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}.dlq`);
    try {
      const broken = publisher.envelope(ContractExpiring, {
        contractId: randomUUID(),
        accountId: randomUUID(),
        ownerId: am.id,
        endDate: '2027-02-28',
        daysLeft: 30,
        detectedAt: new Date().toISOString(),
      });
      (broken.data as Record<string, unknown>).daysLeft = -3;
      await publisher.send(ContractExpiring, broken);
      const dead = await waitFor(
        () => dlq.messages.find((m) => m.value?.toString().includes(broken.id)),
        {
          what: 'the broken warning on the dead-letter topic',
        },
      );
      expect(dead.headers['dlq-reason']).toMatch(/daysLeft/);
      const rows = await sut.service.deps.dataSource.query(
        'SELECT 1 FROM notification WHERE source_event_id = $1',
        [broken.id],
      );
      expect(rows).toEqual([]);
    } finally {
      await dlq.close();
      await broker.disconnect();
    }
  });
});
