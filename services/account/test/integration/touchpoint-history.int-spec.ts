import { ContactUpdated, TouchpointChanged } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { countSqlStatements } from '@salesgraph/testing';
import { DemoContactIds } from '../../src/seed/demo-ids';
import { dateInDays } from './account-test-kit';
import {
  eventsAbout,
  expectChronological,
  expectRefusedWithoutEvents,
  historyFields,
  read,
  seededServiceWithTopic,
  whoDidWhat,
  type HistoryEntry,
} from './history-kit';

const am = DemoUsers.accountManager; // owns Globex

describe('who changed the communication plan', () => {
  const service = seededServiceWithTopic('account-history-touchpoints');
  const { globex } = DemoAccounts;

  it('records who planned, carried out and cancelled touchpoints; completing one updates its contact', async () => {
    const { sut, topic } = service;
    const start = new Date();
    const plan = `mutation($input: PlanTouchpointInput!) { planTouchpoint(input: $input) { id } }`;
    const input = {
      accountId: globex.id,
      contactId: DemoContactIds.globexPurchasingManager,
      channel: 'PHONE',
      cadence: 'MONTHLY',
      purpose: 'Monthly call about the delivery plan',
      nextDate: dateInDays(3),
      ownerId: DemoUsers.marketing.id,
    };
    const { planTouchpoint } = await read<{ planTouchpoint: { id: string } }>(sut, am, plan, {
      input,
    });
    await expectRefusedWithoutEvents(
      sut,
      am,
      plan,
      { input: { ...input, nextDate: dateInDays(-1) } },
      'BAD_USER_INPUT',
    );
    await expectRefusedWithoutEvents(sut, DemoUsers.marketing, plan, { input }, 'FORBIDDEN');

    const doneAt = new Date(Date.now() - 60_000).toISOString();
    const complete = `mutation($id: ID!, $at: DateTimeISO) { completeTouchpoint(id: $id, doneAt: $at) { nextDate } }`;
    const completed = await read<{ completeTouchpoint: { nextDate: string } }>(
      sut,
      DemoUsers.marketing,
      complete,
      { id: planTouchpoint.id, at: doneAt },
    );
    const cancel = 'mutation($id: ID!) { cancelTouchpoint(id: $id) { id } }';
    await expectRefusedWithoutEvents(
      sut,
      DemoUsers.marketing,
      cancel,
      { id: planTouchpoint.id },
      'FORBIDDEN',
    );
    await read(sut, am, cancel, { id: planTouchpoint.id });
    await expectRefusedWithoutEvents(
      sut,
      am,
      cancel,
      { id: planTouchpoint.id },
      'INVALID_TRANSITION',
    );

    const plans = await read<{
      account: { communicationPlan: Array<{ id: string; history: HistoryEntry[] }> };
    }>(
      sut,
      am,
      `query($id: ID!) { account(id: $id) { communicationPlan(includeClosed: true) { id ${historyFields} } } }`,
      { id: globex.id },
    );
    const history = plans.account.communicationPlan.find(
      (t) => t.id === planTouchpoint.id,
    )!.history;
    expect(whoDidWhat(history, (d) => [d.change, d.status, d.nextDate, d.doneAt])).toEqual([
      ['TouchpointChanged', am.id, ['PLANNED', 'PLANNED', input.nextDate, undefined]],
      [
        'TouchpointChanged',
        DemoUsers.marketing.id,
        ['COMPLETED', 'PLANNED', completed.completeTouchpoint.nextDate, doneAt],
      ],
      ['TouchpointChanged', am.id, ['CANCELLED', 'CANCELLED', undefined, undefined]],
    ]);
    expect(history[0].data).toMatchObject({ ownerId: DemoUsers.marketing.id, channel: 'PHONE' });
    expectChronological(history, start);
    await topic.expectKeyed(planTouchpoint.id, Array(3).fill(TouchpointChanged.type));

    // the touchpoint was an interaction with the contact: marketing changed the contact, and it says so
    const [interaction] = (await eventsAbout(sut, ContactUpdated, input.contactId)).slice(-1);
    expect(interaction.actorid).toBe(DemoUsers.marketing.id);
    expect(interaction.data).toMatchObject({
      changedFields: ['lastInteractionAt'],
      lastInteractionAt: doneAt,
    });
  });

  it('names a touchpoint’s contact from the account’s contacts, without reading it again', async () => {
    const { sut } = service;
    await read(
      sut,
      am,
      `mutation($input: PlanTouchpointInput!) { planTouchpoint(input: $input) { id } }`,
      {
        input: {
          accountId: globex.id,
          contactId: DemoContactIds.globexTechnical,
          channel: 'EMAIL',
          cadence: 'QUARTERLY',
          purpose: 'Quarterly note on the roadmap',
          nextDate: dateInDays(5),
          ownerId: am.id,
        },
      },
    );
    type View = {
      account: {
        contacts?: Array<{ id: string; name: string }>;
        communicationPlan: Array<{ contact: { id: string; name: string } | null }>;
      };
    };
    const contactReads = (view: string) =>
      countSqlStatements(
        () => read<View>(sut, am, view, { id: globex.id }),
        (statement) => /FROM "contact"/.test(statement),
      );
    const withList = await contactReads(`query($id: ID!) { account(id: $id) {
      contacts { id name }
      communicationPlan { contact { id name } } } }`);
    const technical = withList.result.account.contacts!.find(
      (c) => c.id === DemoContactIds.globexTechnical,
    );
    expect(withList.result.account.communicationPlan.map((t) => t.contact)).toContainEqual(
      technical,
    );
    expect(withList.statements).toHaveLength(1); // the account's contacts; none by id
    const planOnly = await contactReads(
      `query($id: ID!) { account(id: $id) { communicationPlan { contact { id name } } } }`,
    );
    expect(planOnly.result.account.communicationPlan.map((t) => t.contact)).toContainEqual(
      technical,
    );
    expect(planOnly.statements).toHaveLength(1);
  });
});
