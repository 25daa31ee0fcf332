import { randomUUID } from 'node:crypto';
import { AccountDirectory } from '@salesgraph/account-directory';
import { AccountSignalDetected, LeadCaptured, LeadConverted, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import { LeadApi } from './support/lead-api';
import {
  applyTeam,
  marketingEnvelope,
  marketingLead,
  publish,
  startLeadService,
  type LeadSut,
} from './support/lead-fixture';

const { rep, manager, accountManager } = DemoUsers;
const globex = randomUUID();

describe('de-duplication forgets after a quiet period; leads of existing customers are signals', () => {
  let sut: LeadSut;
  let broker: MessageBroker;
  let api: LeadApi;

  beforeAll(async () => {
    sut = await startLeadService('lead-returning', { LEAD_RETURN_QUIET_DAYS: '30' });
    broker = testBroker();
    api = new LeadApi(sut);
    await applyTeam(sut, {
      id: randomUUID(),
      name: 'North',
      managerId: manager.id,
      reps: [rep.id],
      accountManagers: [accountManager.id],
    });
    // The account service's AccountCreated, as the account directory applies it.
    await sut.service.deps.dataSource.transaction((m) =>
      new AccountDirectory().applyCreated(m, {
        accountId: globex,
        name: 'Globex',
        domain: 'WWW.Globex.example',
        segment: 'LARGE',
        tier: 'KEY',
        ownerId: accountManager.id,
        origin: 'MANUAL',
        createdAt: new Date().toISOString(),
      }),
    );
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  const db = () => sut.service.deps.dataSource;
  const rowsOf = (externalId: string) =>
    db().query(
      `SELECT id, status, owner_id, unassigned_reason, predecessor_id, superseded_by_id,
              matched_account_id, merge_count FROM lead WHERE external_id = $1`,
      [externalId],
    );
  async function capture(data: ReturnType<typeof marketingLead>) {
    await publish(broker, sut, Topics.marketingLeads, [marketingEnvelope(data)]);
  }
  const eventsOf = async (type: string, leadId: string) =>
    (
      await db().query(
        'SELECT payload FROM outbox_message WHERE event_type = $1 AND aggregate_id = $2',
        [type, leadId],
      )
    ).map((r: { payload: { data: Record<string, unknown> } }) => r.payload.data);
  /** Closes a lead as disqualified `daysAgo` days ago (time passes here, not through the API). */
  const disqualifiedAgo = (leadId: string, daysAgo: number) =>
    db().query(
      `UPDATE lead SET status = 'DISQUALIFIED', disqualification_reason = 'no budget',
         disqualified_at = now() - make_interval(days => $2) WHERE id = $1`,
      [leadId, daysAgo],
    );
  async function arrived(externalId: string) {
    await waitFor(async () => (await rowsOf(externalId)).length === 1, {
      what: `lead ${externalId}`,
      timeoutMs: 30_000,
    });
    return (await rowsOf(externalId))[0];
  }

  it('opens a returning lead as a new lead linked to its closed predecessor after the quiet period', async () => {
    const first = marketingLead();
    await capture(first);
    const predecessor = await arrived(first.externalId);
    await disqualifiedAgo(predecessor.id, 45);

    const back = marketingLead({ email: first.email, campaign: 'autumn-fair' });
    await capture(back);
    const returned = await arrived(back.externalId);
    expect(returned).toMatchObject({
      status: 'NEW',
      predecessor_id: predecessor.id,
      merge_count: 0,
    });
    expect(
      (await db().query('SELECT superseded_by_id FROM lead WHERE id = $1', [predecessor.id]))[0],
    ).toEqual({ superseded_by_id: returned.id });
    expect(await eventsOf(LeadCaptured.type, returned.id)).toEqual([
      expect.objectContaining({ predecessorLeadId: predecessor.id, campaign: 'autumn-fair' }),
    ]);
    const view = expectData(
      await api.gql(manager, 'query($id: ID!) { lead(id: $id) { predecessorId } }', {
        id: returned.id,
      }),
    ).lead;
    expect(view.predecessorId).toBe(predecessor.id);

    // A third copy merges into the current lead, not into the superseded one.
    await capture(marketingLead({ email: first.email!.toUpperCase() }));
    await waitFor(async () => (await rowsOf(back.externalId))[0].merge_count === 1, {
      what: 'the merge into the returned lead',
    });
  });

  it('still merges a lead that returns within the quiet period', async () => {
    const first = marketingLead();
    await capture(first);
    const predecessor = await arrived(first.externalId);
    await disqualifiedAgo(predecessor.id, 10);
    const again = marketingLead({ email: first.email });
    await capture(again);
    await waitFor(async () => (await rowsOf(first.externalId))[0].merge_count === 1, {
      what: 'the merge into the closed lead',
    });
    expect(await rowsOf(again.externalId)).toEqual([]);
  });

  it('sends a lead of an existing account to the account’s owner as a signal, by company or e-mail domain', async () => {
    const byDomain = marketingLead({ company: 'Globex Corp.', companyDomain: 'globex.example' });
    const byEmail = marketingLead({ companyDomain: undefined, email: 'hank@GLOBEX.example' });
    const freeMail = marketingLead({ companyDomain: undefined, email: 'hank@gmail.com' });
    for (const lead of [byDomain, byEmail, freeMail]) await capture(lead);

    const signal = await arrived(byDomain.externalId);
    expect(signal).toMatchObject({
      owner_id: accountManager.id,
      matched_account_id: globex,
      unassigned_reason: null,
    });
    expect(await eventsOf(AccountSignalDetected.type, signal.id)).toEqual([
      expect.objectContaining({
        accountId: globex,
        accountName: 'Globex',
        accountOwnerId: accountManager.id,
        matchedOn: 'COMPANY_DOMAIN',
        domain: 'globex.example',
        suggestedOpportunityName: 'Globex: spring-webinar',
      }),
    ]);
    expect(await arrived(byEmail.externalId)).toMatchObject({
      owner_id: accountManager.id,
      matched_account_id: globex,
    });
    const viaEmail = await arrived(byEmail.externalId);
    expect((await eventsOf(AccountSignalDetected.type, viaEmail.id))[0]).toMatchObject({
      matchedOn: 'EMAIL_DOMAIN',
    });
    // A public mailbox says nothing about the company: new business as ever (queued, no rule here).
    expect(await arrived(freeMail.externalId)).toMatchObject({
      owner_id: null,
      matched_account_id: null,
    });
  });

  it('converts a lead of an existing customer into that account, never a second one', async () => {
    const id = expectData(
      await api.gql(rep, 'mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }', {
        i: {
          company: 'Globex Europe',
          contactName: 'Hank',
          companyDomain: 'globex.example',
          segment: 'LARGE',
        },
      }),
    ).createLead.id;
    expectData(await api.step(rep, 'markLeadContacted', id));
    expectData(await api.step(rep, 'qualifyLead', id));
    const offered = await api.convert(rep, id);
    expect(errorCode(offered)).toBe('ACCOUNT_EXISTS');
    expect(offered.errors![0].extensions).toMatchObject({
      accountId: globex,
      accountName: 'Globex',
    });

    const converted = expectData(
      await api.gql(
        rep,
        `mutation($id: ID!, $i: ConvertLeadInput!) { convertLead(id: $id, input: $i) {
          status conversion { accountId accountConfirmedAt } } }`,
        { id, i: { opportunity: { amount: '5000.00' }, existingAccountId: globex } },
      ),
    ).convertLead;
    expect(converted.status).toBe('CONVERTED');
    expect(converted.conversion.accountId).toBe(globex);
    expect(converted.conversion.accountConfirmedAt).not.toBeNull();
    expect(await eventsOf(LeadConverted.type, id)).toEqual([
      expect.objectContaining({ accountId: globex, existingAccount: true }),
    ]);
  });
});
