import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  ContactAdded,
  LeadConverted,
  Topics,
  type LeadConvertedData,
} from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { collectMessages, expectData, testBroker, waitFor } from '@salesgraph/testing';
import {
  EventPublisher,
  outboxEvents,
  sql,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

describe('accounts from converted leads', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;
  const broker = testBroker();

  beforeAll(async () => {
    sut = await startAccountService('account-leads');
    publisher = new EventPublisher(sut);
  });
  afterAll(async () => {
    await publisher?.close();
    await broker.disconnect();
    await sut?.stop();
  });

  // A company of its own each time: accounts carry a unique domain, and these tests are not about it.
  const conversion = (
    domain = `Acme-Industrial-${randomUUID().slice(0, 8)}.example`,
  ): LeadConvertedData => ({
    leadId: randomUUID(),
    accountId: randomUUID(),
    contactId: randomUUID(),
    opportunityId: randomUUID(),
    ownerId: DemoUsers.rep.id,
    company: {
      name: 'Acme Industrial GmbH',
      domain,
      industry: 'Machinery',
      segment: 'MEDIUM',
    },
    contact: {
      name: 'Jo Buyer',
      email: 'jo@acme-industrial.example',
      phone: '+49 30 1234567',
      title: 'Buyer',
    },
    convertedAt: new Date().toISOString(),
  });

  const processed = async (count: number) =>
    waitFor(async () => (await sut.handled('account.lead-conversions')) >= count, {
      what: `${count} LeadConverted events handled`,
    });

  it('creates one account and its first contact even when the event comes twice, and confirms with AccountCreated', async () => {
    const accountTopic = await collectMessages(broker, `${sut.topicPrefix}${Topics.account}`);
    try {
      const data = conversion('Acme-Industrial.example');
      const envelope = publisher.envelope(LeadConverted, data);
      // the same event delivered twice, and then replayed under a new event id
      await publisher.send(LeadConverted, envelope, envelope);
      await publisher.publish(LeadConverted, data);
      await processed(2);

      const account = expectData(
        await sut.query<{
          account: Record<string, unknown> & { contacts: Array<Record<string, unknown>> };
        }>(
          DemoUsers.rep,
          `query($id: ID!) { account(id: $id) { id name domain industry segment tier status ownerId origin leadId
             contacts { id name email phone title buyingRole influence relationshipStrength lastInteractionAt } } }`,
          { id: data.accountId },
        ),
      ).account;
      expect(account).toMatchObject({
        id: data.accountId,
        name: 'Acme Industrial GmbH',
        domain: 'acme-industrial.example',
        industry: 'Machinery',
        segment: 'MEDIUM',
        tier: 'STANDARD',
        status: 'ACTIVE',
        ownerId: DemoUsers.rep.id,
        origin: 'LEAD_CONVERSION',
        leadId: data.leadId,
      });
      expect(account.contacts).toEqual([
        {
          id: data.contactId,
          name: 'Jo Buyer',
          email: 'jo@acme-industrial.example',
          phone: '+49 30 1234567',
          title: 'Buyer',
          buyingRole: 'PURCHASING_MANAGER',
          influence: 3,
          relationshipStrength: 2,
          lastInteractionAt: data.convertedAt,
        },
      ]);

      expect(
        await sql(sut, 'SELECT id FROM account WHERE lead_id = $1', [data.leadId]),
      ).toHaveLength(1);
      expect(
        await sql(sut, 'SELECT id FROM contact WHERE account_id = $1', [data.accountId]),
      ).toHaveLength(1);
      const created = await outboxEvents(sut, AccountCreated.type, data.accountId);
      expect(created.map((e) => e.data)).toEqual([
        expect.objectContaining({
          accountId: data.accountId,
          origin: 'LEAD_CONVERSION',
          leadId: data.leadId,
          tier: 'STANDARD',
          ownerId: DemoUsers.rep.id,
        }),
      ]);
      expect(created[0].causationid).toBe(envelope.id);
      expect(created[0].correlationid).toBe(envelope.correlationid);
      expect(await outboxEvents(sut, ContactAdded.type, data.accountId)).toHaveLength(1);

      // what the lead service consumes: AccountCreated with the lead id, keyed by the account
      const published = await waitFor(
        () =>
          accountTopic.messages.find(
            (m) => m.key === data.accountId && m.headers.ce_type === AccountCreated.type,
          ),
        { what: 'AccountCreated on the account topic' },
      );
      expect(JSON.parse(published.value!.toString()).data).toMatchObject({
        leadId: data.leadId,
        origin: 'LEAD_CONVERSION',
      });
    } finally {
      await accountTopic.close();
    }
  });

  it('dead-letters a conversion that contradicts an existing account, and one that breaks the contract', async () => {
    const dlq = await collectMessages(broker, `${sut.topicPrefix}${Topics.lead}.dlq`);
    try {
      const first = conversion();
      await publisher.publish(LeadConverted, first);
      const clash = { ...conversion(), accountId: first.accountId };
      await publisher.publish(LeadConverted, clash);
      const broken = publisher.envelope(LeadConverted, conversion());
      await publisher.send(
        LeadConverted,
        JSON.stringify({ ...broken, data: { ...(broken.data as object), contact: { name: '' } } }),
      );

      const rejected = await waitFor(
        () => dlq.messages.find((m) => m.headers['dlq-kind'] === 'REJECTED'),
        {
          what: 'the contradicting conversion on the DLQ',
        },
      );
      expect(rejected.headers['dlq-reason']).toContain(`not created from lead ${clash.leadId}`);
      await waitFor(() => dlq.messages.find((m) => m.headers['dlq-kind'] === 'INVALID_DATA'), {
        what: 'the invalid conversion on the DLQ',
      });
      const accounts = await sql<{ lead_id: string }>(
        sut,
        'SELECT lead_id FROM account WHERE id = $1',
        [first.accountId],
      );
      expect(accounts).toEqual([{ lead_id: first.leadId }]);
      expect(
        await sql(sut, 'SELECT id FROM contact WHERE id = $1', [clash.contactId]),
      ).toHaveLength(0);
    } finally {
      await dlq.close();
    }
  });
});
