import { randomUUID } from 'node:crypto';
import { LeadConverted } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { errorCode, expectData, waitFor } from '@salesgraph/testing';
import {
  EventPublisher,
  publishDemoTeams,
  sql,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

const createAccount =
  'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id domain } }';

describe('one account per company: a unique, normalised domain', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;

  beforeAll(async () => {
    sut = await startAccountService('account-domain');
    publisher = new EventPublisher(sut);
    await publishDemoTeams(sut, publisher);
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

  it('stores the domain normalised and refuses a second account with it', async () => {
    const first = expectData(
      await sut.query<{ createAccount: { id: string; domain: string } }>(
        DemoUsers.rep,
        createAccount,
        {
          input: { name: 'Vandelay', segment: 'SMALL', domain: 'Vandelay.example' },
        },
      ),
    ).createAccount;
    expect(first.domain).toBe('vandelay.example');
    const second = await sut.query(DemoUsers.rep2, createAccount, {
      input: { name: 'Vandelay Industries', segment: 'SMALL', domain: 'vandelay.EXAMPLE' },
    });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].message).toContain('belongs to the account "Vandelay" already');
  });

  it('adds the contact of a lead converted into an existing account, opening no account', async () => {
    const account = expectData(
      await sut.query<{ createAccount: { id: string } }>(DemoUsers.rep, createAccount, {
        input: { name: 'Kramerica', segment: 'SMALL', domain: 'kramerica.example' },
      }),
    ).createAccount;
    const contactId = randomUUID();
    await publisher.publish(LeadConverted, {
      leadId: randomUUID(),
      accountId: account.id,
      contactId,
      opportunityId: randomUUID(),
      ownerId: DemoUsers.rep.id,
      company: { name: 'Kramerica Europe', domain: 'kramerica.example', segment: 'SMALL' },
      contact: { name: 'Cosmo', email: 'cosmo@kramerica.example' },
      existingAccount: true,
      convertedAt: new Date().toISOString(),
    });
    await waitFor(
      async () => (await sql(sut, 'SELECT 1 FROM contact WHERE id = $1', [contactId])).length === 1,
      { what: 'the contact on the existing account', timeoutMs: 30_000 },
    );
    expect(await sql(sut, 'SELECT account_id FROM contact WHERE id = $1', [contactId])).toEqual([
      { account_id: account.id },
    ]);
    expect(
      await sql(sut, "SELECT count(*)::int AS n FROM account WHERE domain = 'kramerica.example'"),
    ).toEqual([{ n: 1 }]);
  });
});
