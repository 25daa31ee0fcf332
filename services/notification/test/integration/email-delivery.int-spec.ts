import { randomUUID } from 'node:crypto';
import { AccountAtRisk } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { ManualClock, serviceCommand } from '@salesgraph/service-kit';
import { expectData, waitFor } from '@salesgraph/testing';
import { notificationComponents } from '../../src/notification-components';
import {
  EventPublisher,
  startNotificationService,
  type NotificationSut,
} from './notification-test-kit';
import { startSmtpSink } from './smtp-sink';

type Row = { email_status: string; email_attempts: number; email_last_error: string | null };

/**
 * E-mail through a relay that fails: nothing is lost, nothing is sent twice,
 * and a user who does not want a kind by e-mail gets it in the feed only.
 * The dispatcher runs here by hand, on a clock the test moves.
 */
describe('e-mail delivery', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let sut: NotificationSut;
  let publisher: EventPublisher;
  const am = DemoUsers.accountManager;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    sut = await startNotificationService('notification-email', {
      SMTP_URL: smtp.url,
      EMAIL_DISPATCH_INTERVAL_MS: String(3_600_000),
      EMAIL_MAX_ATTEMPTS: '3',
    });
    publisher = new EventPublisher(sut);
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
    await smtp?.close();
  });

  const atRisk = (accountId: string) =>
    publisher.envelope(AccountAtRisk, {
      accountId,
      ownerId: am.id,
      score: 35,
      reasons: [{ code: 'REVENUE_FALLING', message: 'Revenue fell by half', impact: -30 }],
      detectedAt: new Date().toISOString(),
    });
  const rowOf = async (eventId: string): Promise<Row | undefined> =>
    (
      await sut.service.deps.dataSource.query(
        'SELECT email_status, email_attempts, email_last_error FROM notification WHERE source_event_id = $1',
        [eventId],
      )
    )[0];

  it('retries a refused e-mail later, sends it once, and gives up after the attempts with the reason', async () => {
    // Reading the feed tells the service the account manager's address (the token's e-mail claim).
    expectData(await sut.query(am, '{ notifications { total } }'));
    const clock = new ManualClock(new Date(Date.now() + 5_000));
    const dispatch = notificationComponents({ ...sut.service.deps, clock }).emails;
    const send = () => dispatch.sendDue(serviceCommand('notification', clock));

    const first = atRisk(randomUUID());
    await publisher.send(AccountAtRisk, first);
    await waitFor(async () => (await rowOf(first.id))?.email_status === 'PENDING', {
      what: 'the notification waiting for its e-mail',
    });
    smtp.failures.remaining = 1;
    expect(await send()).toBe(0);
    expect(await rowOf(first.id)).toMatchObject({ email_status: 'PENDING', email_attempts: 1 });
    expect((await rowOf(first.id))!.email_last_error).toMatch(/451|try again later/);
    // Not before its retry time; then once.
    expect(await send()).toBe(0);
    clock.advance(31_000);
    expect(await send()).toBe(1);
    expect(await send()).toBe(0);
    expect(await rowOf(first.id)).toMatchObject({ email_status: 'SENT', email_attempts: 2 });
    expect(smtp.received.filter((m) => m.raw.includes('Revenue fell by half'))).toHaveLength(1);

    const doomed = atRisk(randomUUID());
    await publisher.send(AccountAtRisk, doomed);
    await waitFor(async () => (await rowOf(doomed.id))?.email_status === 'PENDING', {
      what: 'the second notification',
    });
    smtp.failures.remaining = 3;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      clock.advance(3_600_000);
      await send();
    }
    expect(await rowOf(doomed.id)).toMatchObject({ email_status: 'FAILED', email_attempts: 3 });
    clock.advance(3_600_000);
    expect(await send()).toBe(0);
  });

  it('keeps a kind the user does not want by e-mail in the feed only', async () => {
    expectData(
      await sut.query(
        am,
        'mutation { updateNotificationPreferences(input: { emailKinds: [CONTRACT_EXPIRING] }) { emailKinds } }',
      ),
    );
    const quiet = atRisk(randomUUID());
    await publisher.send(AccountAtRisk, quiet);
    await waitFor(async () => (await rowOf(quiet.id))?.email_status === 'NOT_WANTED', {
      what: 'the notification without e-mail',
    });
    const history = expectData(
      await sut.query<{ notificationPreferences: { history: Array<{ eventType: string }> } }>(
        am,
        '{ notificationPreferences { history { eventType } } }',
      ),
    );
    expect(history.notificationPreferences.history).toEqual([
      { eventType: 'notification.NotificationPreferencesChanged.v1' },
    ]);
  });
});
