import { CustomisationProposalChanged } from '@salesgraph/events';
import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import {
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

describe('who changed a customisation proposal', () => {
  const service = seededServiceWithTopic('account-history-proposals');
  const { globex } = DemoAccounts;

  it('records every step of a customisation proposal, the customer’s answer included', async () => {
    const { sut, topic } = service;
    const start = new Date();
    const { draftCustomisationProposal: draft } = await read<{
      draftCustomisationProposal: { id: string };
    }>(
      sut,
      am,
      'mutation($input: DraftCustomisationProposalInput!) { draftCustomisationProposal(input: $input) { id } }',
      {
        input: {
          accountId: globex.id,
          productId: DemoProducts.sensor.id,
          requestedChange: 'Sensor with an M12 connector',
          value: '12000',
        },
      },
    );
    const submit = 'mutation($id: ID!) { submitCustomisationProposal(id: $id) { id } }';
    const decide = `mutation($id: ID!, $ok: Boolean!, $note: String) {
      decideCustomisationProposal(id: $id, accepted: $ok, note: $note) { ${historyFields} } }`;
    await expectRefusedWithoutEvents(
      sut,
      am,
      decide,
      { id: draft.id, ok: true },
      'INVALID_TRANSITION',
    );
    await read(sut, DemoUsers.manager, submit, { id: draft.id });
    await expectAllRefusedWithoutEvents(sut, decide, [
      [DemoUsers.accountManager2, { id: draft.id, ok: true }, 'NOT_FOUND'],
      [am, { id: draft.id, ok: false, note: '' }, 'BAD_USER_INPUT'],
    ]);
    const decided = await read<{ decideCustomisationProposal: { history: HistoryEntry[] } }>(
      sut,
      am,
      decide,
      { id: draft.id, ok: false, note: 'Too expensive for this year' },
    );
    const history = decided.decideCustomisationProposal.history;
    expect(whoDidWhat(history, (d) => [d.status, d.value, d.note])).toEqual([
      ['CustomisationProposalChanged', am.id, ['DRAFT', '12000.00', undefined]],
      ['CustomisationProposalChanged', DemoUsers.manager.id, ['SUBMITTED', '12000.00', undefined]],
      [
        'CustomisationProposalChanged',
        am.id,
        ['REJECTED', '12000.00', 'Too expensive for this year'],
      ],
    ]);
    expectChronological(history, start);
    await topic.expectKeyed(draft.id, Array(3).fill(CustomisationProposalChanged.type));
  });
});
