import {
  AccountTeamChanged,
  CompetitorThreatUpdated,
  CustomisationProposalChanged,
  ServiceRequestChanged,
  TouchpointChanged,
} from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { DemoRecordIds } from '../../src/seed/demo-ids';
import { dateInDays, sql } from './account-test-kit';
import {
  expectChronological,
  expectRefusedWithoutEvents,
  historyFields,
  outboxSize,
  read,
  seededServiceWithTopic,
  whoDidWhat,
  type HistoryEntry,
} from './history-kit';

const am = DemoUsers.accountManager; // owns Globex

describe('who changed the service requests, and what the seed records', () => {
  const service = seededServiceWithTopic('account-history-requests');
  const { globex } = DemoAccounts;

  it('has the seed emit the events of what it creates, acted by the owner, and nothing the second time', async () => {
    const { sut } = service;
    const actors = async (type: string) =>
      (
        await sql<{ actor_id: string }>(
          sut,
          'SELECT actor_id FROM outbox_message WHERE event_type = $1 ORDER BY position',
          [type],
        )
      ).map((r) => r.actor_id);
    const { accountManager2: am2 } = DemoUsers;
    expect(await actors(AccountTeamChanged.type)).toEqual([am.id, am.id, am2.id]);
    expect(await actors(CompetitorThreatUpdated.type)).toEqual([am.id]); // Globex's, mitigated
    expect(await actors(TouchpointChanged.type)).toEqual([am.id, am.id, am2.id]);
    // Globex's coating proposal drafted and submitted, Initech's drafted
    expect(await actors(CustomisationProposalChanged.type)).toEqual([am.id, am.id, am2.id]);
    expect(await actors(ServiceRequestChanged.type)).toEqual([am.id, am.id, am2.id]);
    const before = await outboxSize(sut);
    expect(await service.seeded.seed()).toBe(0);
    expect(await outboxSize(sut)).toBe(before);
  });

  it('records who routed a service request and how the department moved it on; other departments change nothing', async () => {
    const { sut, topic } = service;
    const start = new Date();
    const route = `mutation($input: RouteServiceRequestInput!) { routeServiceRequest(input: $input) { id } }`;
    const input = {
      accountId: globex.id,
      department: 'TECHNICAL',
      title: 'Noise at the new pump',
      dueDate: dateInDays(5),
    };
    const { routeServiceRequest: request } = await read<{ routeServiceRequest: { id: string } }>(
      sut,
      am,
      route,
      { input },
    );
    await expectRefusedWithoutEvents(
      sut,
      am,
      route,
      { input: { ...input, dueDate: dateInDays(-3) } },
      'BAD_USER_INPUT',
    );
    const move = `mutation($input: UpdateServiceRequestStatusInput!) { updateServiceRequestStatus(input: $input) { id } }`;
    const step = (status: string, note?: string) => ({ input: { id: request.id, status, note } });
    await expectRefusedWithoutEvents(sut, DemoUsers.logistics, move, step('DONE'), 'NOT_FOUND');
    await expectRefusedWithoutEvents(
      sut,
      DemoUsers.technician,
      move,
      step('CANCELLED'),
      'INVALID_TRANSITION',
    );
    await read(sut, DemoUsers.technician, move, step('IN_PROGRESS', 'Engineer booked for Tuesday'));
    await read(sut, DemoUsers.technician, move, step('DONE', 'Bearing replaced'));
    await expectRefusedWithoutEvents(sut, am, move, step('CANCELLED'), 'INVALID_TRANSITION');

    // the department reads the history of its own requests, the ones it sees
    const { serviceRequests } = await read<{
      serviceRequests: Array<{ id: string; history: HistoryEntry[] }>;
    }>(sut, DemoUsers.technician, `{ serviceRequests(status: DONE) { id ${historyFields} } }`);
    expect(serviceRequests.map((r) => r.id)).toEqual([request.id]);
    const [{ history }] = serviceRequests;
    const tech = DemoUsers.technician.id;
    expect(whoDidWhat(history, (d) => [d.change, d.status, d.note])).toEqual([
      ['ServiceRequestChanged', am.id, ['ROUTED', 'OPEN', undefined]],
      [
        'ServiceRequestChanged',
        tech,
        ['STATUS_CHANGED', 'IN_PROGRESS', 'Engineer booked for Tuesday'],
      ],
      ['ServiceRequestChanged', tech, ['STATUS_CHANGED', 'DONE', 'Bearing replaced']],
    ]);
    expect(history[0].data).toMatchObject({ department: 'TECHNICAL', dueDate: input.dueDate });
    expectChronological(history, start);
    const logistics = await read<{ serviceRequests: Array<{ id: string }> }>(
      sut,
      DemoUsers.logistics,
      '{ serviceRequests(openOnly: false) { id } }',
    );
    expect(logistics.serviceRequests.map((r) => r.id)).toEqual([
      DemoRecordIds.requestGlobexDeliveries,
    ]);
    await topic.expectKeyed(request.id, Array(3).fill(ServiceRequestChanged.type));
  });
});
