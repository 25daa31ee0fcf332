import { randomUUID } from 'node:crypto';
import { DemoUsers } from '@salesgraph/identity';
import { expectData, postGraphQL } from '@salesgraph/testing';
import { tokenFor } from './support/e2e-client';
import { stackInfo } from './support/stack-info';

type History = Array<{ eventType: string; correlationId: string }>;

/**
 * The gateway reuses one internal token per user and subgraph for many requests, so the
 * correlation id cannot ride in it: each request's own id must still reach the events it causes.
 */
describe('correlation ids through the gateway', () => {
  it('each request’s x-correlation-id is the one its events record, with the same user’s token reused', async () => {
    const token = await tokenFor(DemoUsers.rep);
    const as = async <T>(correlationId: string, query: string, variables: object) => {
      const response = await postGraphQL<T>(
        stackInfo().gatewayUrl,
        { query, variables },
        { authorization: `Bearer ${token}`, 'x-correlation-id': correlationId },
      );
      return expectData(response);
    };
    const [created, updated] = [`e2e-create-${randomUUID()}`, `e2e-update-${randomUUID()}`];
    const { createLead } = await as<{ createLead: { id: string; version: number } }>(
      created,
      'mutation($c: String!) { createLead(input: { company: $c, contactName: "Cora Relation" }) { id version } }',
      { c: `Correlation ${randomUUID().slice(0, 8)}` },
    );
    await as(updated, 'mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }', {
      i: { leadId: createLead.id, expectedVersion: createLead.version, segment: 'MEDIUM' },
    });
    const { lead } = await as<{ lead: { history: History } }>(
      `e2e-read-${randomUUID()}`,
      'query($id: ID!) { lead(id: $id) { history { eventType correlationId } } }',
      { id: createLead.id },
    );
    const isUpdate = (h: History[number]) => h.eventType === 'lead.LeadUpdated.v1';
    expect(lead.history.filter(isUpdate)).toEqual([
      { eventType: 'lead.LeadUpdated.v1', correlationId: updated },
    ]);
    // The lead's capture (and what the same transaction wrote with it) came from the first request.
    const fromCreate = lead.history.filter((h) => !isUpdate(h));
    expect(fromCreate.length).toBeGreaterThan(0);
    expect(new Set(fromCreate.map((h) => h.correlationId))).toEqual(new Set([created]));
  });
});
