import { AccountTeamChanged } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { DemoRecordIds } from '../../src/seed/demo-ids';
import {
  eventsAbout,
  expectChronological,
  expectAllRefusedWithoutEvents,
  expectRefusedWithoutEvents,
  historyFields,
  read,
  seededServiceWithTopic,
  whoDidWhat,
  type HistoryEntry,
} from './history-kit';

const am = DemoUsers.accountManager; // owns Globex
const am2 = DemoUsers.accountManager2; // owns Initech, not Globex

describe('who changed the team of an account', () => {
  const service = seededServiceWithTopic('account-history-team');
  const { globex } = DemoAccounts;

  it('records who put a colleague on the team and who took them off', async () => {
    const { sut, topic } = service;
    const start = new Date();
    const add = `mutation($input: AddAccountTeamMemberInput!) { addAccountTeamMember(input: $input) { id } }`;
    const input = {
      accountId: globex.id,
      userId: 'u-fin-fiona',
      name: 'Fiona Finance',
      department: 'FINANCE',
      role: 'Credit control',
    };
    const { addAccountTeamMember: member } = await read<{ addAccountTeamMember: { id: string } }>(
      sut,
      am,
      add,
      { input },
    );
    // refused: the same person twice, someone else's account, bad input; none writes an event
    await expectAllRefusedWithoutEvents(sut, add, [
      [am, { input }, 'CONFLICT'],
      [am2, { input }, 'NOT_FOUND'],
      [am, { input: { ...input, role: '' } }, 'BAD_USER_INPUT'],
    ]);

    const removed = await read<{ removeAccountTeamMember: { history: HistoryEntry[] } }>(
      sut,
      DemoUsers.manager, // Alex's sales manager may act on his accounts
      `mutation($id: ID!) { removeAccountTeamMember(id: $id) { ${historyFields} } }`,
      { id: member.id },
    );
    const history = removed.removeAccountTeamMember.history;
    expect(whoDidWhat(history, (d) => [d.change, d.userId, d.department, d.role])).toEqual([
      ['AccountTeamChanged', am.id, ['ADDED', 'u-fin-fiona', 'FINANCE', 'Credit control']],
      [
        'AccountTeamChanged',
        DemoUsers.manager.id,
        ['REMOVED', 'u-fin-fiona', 'FINANCE', 'Credit control'],
      ],
    ]);
    expectChronological(history, start);
    await expectRefusedWithoutEvents(
      sut,
      am,
      'mutation($id: ID!) { removeAccountTeamMember(id: $id) { id } }',
      { id: member.id },
      'NOT_FOUND',
    );
    const events = await eventsAbout(sut, AccountTeamChanged, member.id);
    expect(events.map((e) => [e.data.change, e.actorid, e.data.accountId])).toEqual([
      ['ADDED', am.id, globex.id],
      ['REMOVED', DemoUsers.manager.id, globex.id],
    ]);
    await topic.expectKeyed(member.id, [AccountTeamChanged.type, AccountTeamChanged.type]);

    // the seeded team members were added by the account's owner, with an event each
    const team = await read<{ account: { team: Array<{ id: string; history: HistoryEntry[] }> } }>(
      sut,
      am,
      `query($id: ID!) { account(id: $id) { team { id ${historyFields} } } }`,
      { id: globex.id },
    );
    expect(team.account.team.map((m) => whoDidWhat(m.history, (d) => d.change))).toEqual([
      [['AccountTeamChanged', am.id, 'ADDED']],
      [['AccountTeamChanged', am.id, 'ADDED']],
    ]);
    expect(team.account.team.map((m) => m.id).sort()).toEqual(
      [DemoRecordIds.teamGlobexTechnical, DemoRecordIds.teamGlobexLogistics].sort(),
    );
  });
});
