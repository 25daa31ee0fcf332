import { randomUUID } from 'node:crypto';
import { LeadAssigned, LeadCaptured } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { countSqlStatements, expectData } from '@salesgraph/testing';
import { LeadApi } from './support/lead-api';
import { applyTeam, startLeadService, type Data, type LeadSut } from './support/lead-fixture';

const { rep, manager } = DemoUsers;
const team = { id: randomUUID(), name: 'Batch', managerId: manager.id, reps: [rep.id] };
const leadsWithHistory = (limit: number) =>
  `{ leads(limit: ${limit}) { id history { eventType } } }`;

/**
 * A list with its histories costs a fixed number of statements, however many
 * rows it shows: the access scope once, the page once, every history of the
 * page in one statement.
 */
describe('history of a page of leads', () => {
  let sut: LeadSut;

  beforeAll(async () => {
    // Only the requests' statements count (countSqlStatements), not the relay's, which commits wake.
    sut = await startLeadService('lead-history-batching');
    await applyTeam(sut, team);
    const api = new LeadApi(sut);
    for (let i = 0; i < 105; i += 1) await api.create(rep);
  });
  afterAll(() => sut?.stop());

  it('reads 100 leads with their histories in as many statements as 10', async () => {
    const ten = await countSqlStatements(() => sut.query<Data>(manager, leadsWithHistory(10)));
    const hundred = await countSqlStatements(() => sut.query<Data>(manager, leadsWithHistory(100)));

    expect(expectData(ten.result).leads).toHaveLength(10);
    const leads: Array<{ id: string; history: Array<{ eventType: string }> }> = expectData(
      hundred.result,
    ).leads;
    expect(leads).toHaveLength(100);
    expect(new Set(leads.map((lead) => lead.id)).size).toBe(100);
    for (const lead of leads)
      expect(lead.history.map((entry) => entry.eventType)).toEqual([
        LeadCaptured.type,
        LeadAssigned.type,
      ]);

    expect(hundred.count).toBe(ten.count);
    // Far fewer than one per row: the manager's scope, the page and the histories.
    expect(ten.statements.some((sql) => sql.includes('outbox_message'))).toBe(true);
    expect(ten.count).toBe(3);
  });
});
