import { randomUUID } from 'node:crypto';
import { AccountCreated, createEnvelope, LeadConverted, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { openStoredPersonalData, type MessageBroker } from '@salesgraph/messaging';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import { LeadApi } from './support/lead-api';
import { applyTeam, publish, startLeadService, type LeadSut } from './support/lead-fixture';

const { rep, manager } = DemoUsers;

describe('converting a lead', () => {
  let sut: LeadSut;
  let api: LeadApi;
  let broker: MessageBroker;

  beforeAll(async () => {
    sut = await startLeadService('lead-conversion');
    api = new LeadApi(sut);
    broker = testBroker();
    await applyTeam(sut, {
      id: randomUUID(),
      name: 'North',
      managerId: manager.id,
      reps: [rep.id],
    });
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('converts a qualified lead once: LeadConverted carries the new ids, a second conversion is a CONFLICT', async () => {
    const lead = await api.qualified(rep);
    const events = await collectMessages(broker, `${sut.topicPrefix}${Topics.lead}`);
    try {
      const converted = expectData(await api.convert(rep, lead)).convertLead;
      expect(converted).toMatchObject({
        status: 'CONVERTED',
        opportunityStage: 'QUALIFICATION',
        account: null,
      });
      expect(converted.conversion.accountConfirmedAt).toBeNull();

      const again = await api.convert(rep, lead);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0].message).toContain(
        `into account ${converted.conversion.accountId}: a lead is converted once`,
      );

      const message = await waitFor(
        () =>
          events.messages.find((m) => m.key === lead && m.headers.ce_type === LeadConverted.type),
        {
          what: 'LeadConverted',
        },
      );
      // On the topic the person is sealed with their key; the service's own keys open it.
      expect(message.value!.toString()).not.toContain('Jo Buyer');
      const [published] = await openStoredPersonalData(sut.service.deps.dataSource.manager, [
        { eventType: LeadConverted.type, data: JSON.parse(message.value!.toString()).data },
      ]);
      expect(published).toMatchObject({
        leadId: lead,
        accountId: converted.conversion.accountId,
        contactId: converted.conversion.contactId,
        opportunityId: converted.conversion.opportunityId,
        ownerId: rep.id,
        company: { segment: 'MEDIUM', industry: 'Packaging', country: 'DE' },
        contact: { name: 'Jo Buyer', title: 'Head of Purchasing' },
      });
    } finally {
      await events.close();
    }
    const [{ n }] = await sut.service.deps.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE aggregate_id = $1 AND event_type = $2`,
      [lead, LeadConverted.type],
    );
    expect(n).toBe(1);
  });

  it('lets only one of two simultaneous conversions through', async () => {
    const lead = await api.qualified(rep);
    const results = await Promise.all([api.convert(rep, lead), api.convert(rep, lead)]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const [{ n }] = await sut.service.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM opportunity WHERE lead_id = $1',
      [lead],
    );
    expect(n).toBe(1);
  });

  it('records the account once the account service confirms it, however often AccountCreated arrives', async () => {
    const lead = await api.qualified(rep);
    const { conversion } = expectData(await api.convert(rep, lead)).convertLead;
    const created = (accountId: string) =>
      createEnvelope(
        AccountCreated,
        {
          accountId,
          name: 'Acme',
          segment: 'MEDIUM',
          tier: 'STANDARD',
          ownerId: rep.id,
          origin: 'LEAD_CONVERSION',
          leadId: lead,
          createdAt: new Date().toISOString(),
        },
        {
          source: 'salesgraph/account',
          correlationId: randomUUID(),
          actor: { type: 'service', id: 'account' },
        },
      );
    const confirmation = created(conversion.accountId);
    const dlq = await collectMessages(broker, `${sut.topicPrefix}${Topics.account}.dlq`);
    try {
      // redelivered as is, and published again under a new event id
      await publish(broker, sut, Topics.account, [
        confirmation,
        confirmation,
        { ...confirmation, id: randomUUID() },
      ]);
      const confirmed = await waitFor(
        async () => {
          const current = await api.lead(rep, lead);
          return current.conversion.accountConfirmedAt ? current : undefined;
        },
        { what: 'the confirmed account' },
      );
      expect(confirmed.account).toEqual({ id: conversion.accountId });

      const contradicting = created(randomUUID());
      await publish(broker, sut, Topics.account, [contradicting]);
      const dead = await waitFor(() => dlq.messages.find((m) => m.key === contradicting.subject), {
        what: 'the contradicting event dead-lettered',
      });
      expect(dead.headers['dlq-kind']).toBe('REJECTED');
      expect(dead.headers['dlq-reason']).toContain(
        `which was converted into account ${conversion.accountId}`,
      );
      expect((await api.lead(rep, lead)).conversion.accountConfirmedAt).toBe(
        confirmed.conversion.accountConfirmedAt,
      );
    } finally {
      await dlq.close();
    }
  });
});
