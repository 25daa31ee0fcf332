import {
  AccountActivityLogged,
  AccountUpdated,
  ContactLeft,
  ContactUpdated,
} from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData } from '@salesgraph/testing';
import {
  daysAgo,
  outboxEvents,
  startWithDemoTeams,
  type Data,
  type AccountSut,
} from './account-test-kit';

const { rep, rep2, manager, coordinator } = DemoUsers;
const update = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id version name domain industry segment history { eventType actorId data } } }`;
const markLeft = `mutation($id: ID!, $note: String) { markContactLeft(id: $id, note: $note) { id active leftAt leftNote } }`;
const logActivity = `mutation($input: LogAccountActivityInput!) { logAccountActivity(input: $input) { id type subject visitReport contactId } }`;

/**
 * Issue 14, editing what people enter on accounts: details corrected at the
 * version read, a contact who left the customer, activities and visit
 * reports on an account; every change in the record's history.
 */
describe('editing accounts and their contacts', () => {
  let sut: AccountSut;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ sut, stop } = await startWithDemoTeams('account-editing'));
  });
  afterAll(() => stop?.());

  const open = async (name: string, domain?: string) =>
    expectData(
      await sut.query<Data>(
        rep,
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id version } }',
        { input: { name, segment: 'SMALL', ...(domain ? { domain } : {}) } },
      ),
    ).createAccount as { id: string; version: number };

  it('corrects name, domain, industry and segment at the version read; the history says what changed', async () => {
    const account = await open('Wayne Enterprises', 'wayne.example');
    const corrected = expectData(
      await sut.query<Data>(rep, update, {
        input: {
          accountId: account.id,
          expectedVersion: account.version,
          name: 'Wayne Enterprises Inc.',
          domain: 'WWW.Wayne-Ent.example',
          industry: 'Conglomerate',
          segment: 'LARGE',
        },
      }),
    ).updateAccount;
    expect(corrected).toMatchObject({
      name: 'Wayne Enterprises Inc.',
      domain: 'wayne-ent.example',
      industry: 'Conglomerate',
      segment: 'LARGE',
      version: account.version + 1,
    });
    const change = corrected.history.find((h: Data) => h.eventType === AccountUpdated.type);
    expect(change).toMatchObject({
      actorId: rep.id,
      data: {
        changedFields: ['name', 'domain', 'industry', 'segment'],
        domain: 'wayne-ent.example',
        ownerId: rep.id,
      },
    });
    // Keyed by the account, for the other services' directories.
    const [event] = await outboxEvents(sut, AccountUpdated.type, account.id);
    expect(event.subject).toBe(account.id);

    const stale = await sut.query(rep, update, {
      input: { accountId: account.id, expectedVersion: account.version, industry: 'Defence' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    // Unchanged values change nothing: no new version, no event.
    const same = expectData(
      await sut.query<Data>(rep, update, {
        input: { accountId: account.id, expectedVersion: account.version + 1, segment: 'LARGE' },
      }),
    ).updateAccount;
    expect(same.version).toBe(account.version + 1);
    expect(await outboxEvents(sut, AccountUpdated.type, account.id)).toHaveLength(1);
  });

  it('refuses a domain another account holds, blank names, strangers and readers', async () => {
    await open('Stark Industries', 'stark.example');
    const account = await open('Stark Ltd');
    const taken = await sut.query(rep, update, {
      input: { accountId: account.id, expectedVersion: account.version, domain: 'Stark.example' },
    });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors![0].message).toContain('Stark Industries');
    expect(
      errorCode(
        await sut.query(rep, update, {
          input: { accountId: account.id, expectedVersion: account.version, name: '   ' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const input = { accountId: account.id, expectedVersion: account.version, industry: 'Arms' };
    expect(errorCode(await sut.query(rep2, update, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await sut.query(coordinator, update, { input }))).toBe('FORBIDDEN');
    // The owner's sales manager may.
    expect(
      expectData(await sut.query<Data>(manager, update, { input })).updateAccount.industry,
    ).toBe('Arms');
  });

  it('marks a contact who left: inactive, covering no buying role, the gap in coverage and health', async () => {
    const account = await open('Oscorp');
    const contact = expectData(
      await sut.query<Data>(
        rep,
        `mutation($a: ID!, $at: DateTimeISO) { addContact(input: { accountId: $a, name: "Norman Osborn", buyingRole: PURCHASING_MANAGER, influence: 5, relationshipStrength: 4, lastInteractionAt: $at }) { id } }`,
        { a: account.id, at: daysAgo(2) },
      ),
    ).addContact;
    const coverage = `query($id: ID!) { account(id: $id) { contacts { id } all: contacts(includeInactive: true) { id active } coverage { missingRoles } health { score reasons { code } } } }`;
    const before = expectData(await sut.query<Data>(rep, coverage, { id: account.id })).account;
    expect(before.coverage.missingRoles).not.toContain('PURCHASING_MANAGER');
    expect(before.health.reasons.map((r: Data) => r.code)).not.toContain('NO_CONTACTS');

    const left = expectData(
      await sut.query<Data>(rep, markLeft, { id: contact.id, note: 'Moved to Roxxon' }),
    ).markContactLeft;
    expect(left).toMatchObject({ active: false, leftNote: 'Moved to Roxxon' });
    expect(left.leftAt).not.toBeNull();

    const after = expectData(await sut.query<Data>(rep, coverage, { id: account.id })).account;
    expect(after.contacts).toEqual([]);
    expect(after.all).toEqual([{ id: contact.id, active: false }]);
    expect(after.coverage.missingRoles).toContain('PURCHASING_MANAGER');
    // Its health was assessed again in the same change: nobody is left to talk to.
    expect(after.health.reasons.map((r: Data) => r.code)).toContain('NO_CONTACTS');
    const [event] = await outboxEvents(sut, ContactLeft.type, account.id);
    expect(event).toMatchObject({
      subject: contact.id,
      data: { accountOwnerId: rep.id, buyingRole: 'PURCHASING_MANAGER', note: 'Moved to Roxxon' },
    });

    // Nobody plans or records anything more with them; marking twice is refused.
    expect(errorCode(await sut.query(rep, markLeft, { id: contact.id }))).toBe('CONTACT_INACTIVE');
    expect(
      errorCode(
        await sut.query(rep, 'mutation($id: ID!) { recordContactInteraction(id: $id) { id } }', {
          id: contact.id,
        }),
      ),
    ).toBe('CONTACT_INACTIVE');

    // Reinstated (marked by mistake): active again, in the history as a change.
    const back = expectData(
      await sut.query<Data>(
        rep,
        'mutation($id: ID!) { reinstateContact(id: $id) { active leftAt history { eventType data } } }',
        { id: contact.id },
      ),
    ).reinstateContact;
    expect(back).toMatchObject({ active: true, leftAt: null });
    expect(back.history.map((h: Data) => h.eventType)).toEqual([
      'account.ContactAdded.v1',
      ContactLeft.type,
      ContactUpdated.type,
    ]);
    expect(back.history[2].data).toMatchObject({ changedFields: ['active'], active: true });
  });

  it('logs calls, meetings and visit reports on an account; with a contact, an interaction with them', async () => {
    const account = await open('Cyberdyne Systems');
    const contact = expectData(
      await sut.query<Data>(
        rep,
        `mutation($a: ID!) { addContact(input: { accountId: $a, name: "Miles Dyson", buyingRole: TECHNICAL_DECISION_MAKER, influence: 5, relationshipStrength: 2 }) { id } }`,
        { a: account.id },
      ),
    ).addContact;
    const input = { accountId: account.id, type: 'VISIT', subject: 'Plant tour' };
    expect(errorCode(await sut.query(rep, logActivity, { input }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await sut.query(rep2, logActivity, { input: { ...input, type: 'CALL' } })),
    ).toBe('NOT_FOUND');
    const visit = expectData(
      await sut.query<Data>(rep, logActivity, {
        input: {
          ...input,
          contactId: contact.id,
          occurredAt: daysAgo(1),
          visitReport: 'Miles showed the new line; wants a quote for 40 valves',
        },
      }),
    ).logAccountActivity;
    expect(visit).toMatchObject({ type: 'VISIT', contactId: contact.id });
    expectData(
      await sut.query<Data>(rep, logActivity, {
        input: { accountId: account.id, type: 'CALL', subject: 'Quote follow-up', notes: 'ok' },
      }),
    );

    const read = (user: AuthenticatedUser) =>
      sut.query<Data>(
        user,
        'query($id: ID!) { account(id: $id) { activities { type subject visitReport } contacts { name daysSinceLastInteraction } history { eventType data } } }',
        { id: account.id },
      );
    const seen = expectData(await read(rep)).account;
    expect(seen.activities.map((a: Data) => a.type)).toEqual(['CALL', 'VISIT']);
    expect(seen.contacts).toEqual([{ name: 'Miles Dyson', daysSinceLastInteraction: 1 }]);
    const logged = seen.history.filter((h: Data) => h.eventType === AccountActivityLogged.type);
    expect(logged.map((h: Data) => h.data.type)).toEqual(['VISIT', 'CALL']);
    expect(logged[0].data).toMatchObject({ contactId: contact.id, hasVisitReport: true });
    expect(JSON.stringify(logged)).not.toContain('40 valves');
    // Coordinators read accounts, not the account team's notes.
    expect(errorCode(await read(coordinator))).toBe('FORBIDDEN');
    expect(expectData(await read(manager)).account.activities).toHaveLength(2);
  });
});
