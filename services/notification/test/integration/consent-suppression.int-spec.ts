import { randomUUID } from 'node:crypto';
import {
  ContactConsentChanged,
  FollowUpOverdue,
  LeadConsentChanged,
  type Envelope,
} from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { expectData } from '@salesgraph/testing';
import { ConsentLedger } from '../../src/modules/consent/consent-ledger';
import {
  EventPublisher,
  startNotificationService,
  type NotificationSut,
} from './notification-test-kit';

const { rep, manager, accountManager } = DemoUsers;
const feedQuery = `query($kinds: [NotificationKind!]) {
  notifications(kinds: $kinds) { items { kind title body subjectType subjectId } }
}`;

/** The notification service learns consent from the events and prompts nobody to approach a person who withdrew it. */
describe('notifications respect withdrawn consent', () => {
  let sut: NotificationSut;
  let publisher: EventPublisher;

  beforeAll(async () => {
    sut = await startNotificationService('notification-consent');
    publisher = new EventPublisher(sut);
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

  const handled = (event: Envelope) =>
    sut.eventHandled(event.id, undefined, { what: `${event.type} handled` });
  const feed = async (user: AuthenticatedUser, kinds: string[]) =>
    expectData(
      await sut.query<{ notifications: { items: Array<Record<string, string>> } }>(
        user,
        feedQuery,
        { kinds },
      ),
    ).notifications.items;
  const consentChange = (leadId: string, given: boolean, at: Date) =>
    publisher.envelope(LeadConsentChanged, {
      leadId,
      company: 'Initech',
      ownerId: rep.id,
      openLead: true,
      channels: ['EMAIL', 'PHONE', 'VISIT'],
      given,
      source: given ? 'PHONE_CALL' : 'WRITTEN',
      recordedBy: manager.id,
      effectiveAt: at.toISOString(),
      contactableBySales: given,
      wasContactableBySales: !given,
      withCapture: false,
      recordedAt: at.toISOString(),
    });
  const overdue = (leadId: string, dueAt: string) =>
    publisher.envelope(FollowUpOverdue, {
      leadId,
      ownerId: rep.id,
      company: 'Initech',
      contactName: 'Peter Gibbons',
      status: 'CONTACTED',
      dueAt,
      detectedAt: new Date().toISOString(),
    });

  it('tells the owner of the withdrawal once, then raises no follow-up reminder for that lead until consent is back', async () => {
    const leadId = randomUUID();
    const withdrawal = consentChange(leadId, false, new Date(Date.now() - 60_000));
    const suppressed = overdue(leadId, '2026-11-20T09:00:00.000Z');
    // One lead, one key: the withdrawal is handled before the reminder that follows it.
    await publisher.send(LeadConsentChanged, withdrawal, suppressed);
    await handled(suppressed);

    const told = (await feed(rep, ['LEAD_CONSENT_WITHDRAWN'])).filter(
      (n) => n.subjectId === leadId,
    );
    expect(told).toEqual([
      expect.objectContaining({
        subjectType: 'Lead',
        body: expect.stringContaining('do not contact them'),
      }),
    ]);
    const reminders = () =>
      feed(rep, ['FOLLOW_UP_OVERDUE']).then((items) => items.filter((n) => n.subjectId === leadId));
    expect(await reminders()).toEqual([]);
    const [ledger] = await sut.service.deps.dataSource.query(
      'SELECT subject_type, contactable_by_sales FROM person_consent WHERE subject_id = $1',
      [leadId],
    );
    expect(ledger).toEqual({ subject_type: 'Lead', contactable_by_sales: false });

    // Consent given back; a withdrawal recorded before it but arriving after does not undo it.
    const givenBack = consentChange(leadId, true, new Date());
    const stale = consentChange(leadId, false, new Date(Date.now() - 120_000));
    const later = overdue(leadId, '2026-11-27T09:00:00.000Z');
    await publisher.send(LeadConsentChanged, givenBack, stale, later);
    await handled(later);
    expect(await reminders()).toEqual([
      expect.objectContaining({ body: expect.stringContaining('2026-11-27') }),
    ]);
  });

  it('learns many consent facts in one statement, the latest of each person counting', async () => {
    // Called directly: through the consumer, a failing batch would be retried one event at a time.
    const [a, b]: string[] = [randomUUID(), randomUUID()];
    const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000);
    const fact = (subjectId: string, contactableBySales: boolean, recordedAt: Date) => ({
      subjectType: 'Lead' as const,
      subjectId,
      contactableBySales,
      recordedAt,
    });
    const ledger = new ConsentLedger();
    const db = sut.service.deps.dataSource;
    await ledger.learnMany(db.manager, [
      fact(a, false, at(30)),
      fact(b, true, at(20)),
      fact(a, true, at(10)),
    ]);
    // A decision recorded before the stored one changes nothing; a later one replaces it.
    await ledger.learnMany(db.manager, [fact(b, false, at(40)), fact(a, false, at(5))]);
    const rows: Array<{ subject_id: string; contactable_by_sales: boolean }> = await db.query(
      'SELECT subject_id, contactable_by_sales FROM person_consent WHERE subject_id = ANY($1)',
      [[a, b]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.subject_id, r.contactable_by_sales]))).toEqual({
      [a]: false,
      [b]: true,
    });
  });

  it('learns a run of consent decisions for many leads together, the latest of each lead counting', async () => {
    const [a, b, c]: string[] = [randomUUID(), randomUUID(), randomUUID()];
    const now = Date.now();
    const run = [
      consentChange(a, false, new Date(now - 30_000)),
      consentChange(b, true, new Date(now - 20_000)),
      consentChange(a, true, new Date(now - 10_000)),
      // Recorded before b's decision above, arriving after it: b stays contactable.
      consentChange(b, false, new Date(now - 40_000)),
      consentChange(c, false, new Date(now - 5_000)),
    ];
    await publisher.send(LeadConsentChanged, ...run);
    // Each lead's events go to its own partition: the last one handled says nothing of the others.
    for (const event of run) await handled(event);
    const rows: Array<{ subject_id: string; contactable_by_sales: boolean }> =
      await sut.service.deps.dataSource.query(
        'SELECT subject_id, contactable_by_sales FROM person_consent WHERE subject_id = ANY($1)',
        [[a, b, c]],
      );
    expect(Object.fromEntries(rows.map((r) => [r.subject_id, r.contactable_by_sales]))).toEqual({
      [a]: true,
      [b]: true,
      [c]: false,
    });
    // Each withdrawal still tells the owner.
    const told = (await feed(rep, ['LEAD_CONSENT_WITHDRAWN'])).filter((n) =>
      [a, b, c].includes(n.subjectId),
    );
    expect(told.map((n) => n.subjectId).sort()).toEqual([a, b, c].sort());
  });

  it("tells the account's owner of a contact's withdrawal and the touchpoints it cancelled", async () => {
    const contactId = randomUUID();
    const event = publisher.envelope(ContactConsentChanged, {
      accountId: randomUUID(),
      contactId,
      accountOwnerId: accountManager.id,
      channels: ['EMAIL', 'PHONE'],
      given: false,
      source: 'WRITTEN',
      recordedBy: DemoUsers.marketing.id,
      effectiveAt: new Date().toISOString(),
      contactableBySales: true,
      cancelledTouchpointIds: [randomUUID()],
      recordedAt: new Date().toISOString(),
    });
    await publisher.send(ContactConsentChanged, event);
    await handled(event);
    expect(
      (await feed(accountManager, ['CONTACT_CONSENT_WITHDRAWN'])).filter(
        (n) => n.subjectId === contactId,
      ),
    ).toEqual([
      expect.objectContaining({
        body: expect.stringContaining('by e-mail or phone; 1 planned touchpoint(s) on them'),
      }),
    ]);
  });
});
