import { randomUUID } from 'node:crypto';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { errorCode, waitFor } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { graph, graphEventually } from './support/platform';

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const contractFields = 'id version status ownerId noticeDays';

type Contract = { id: string; version: number; status: string; ownerId: string };

/**
 * Issue 14, fix 1, as people live it: a key account changes hands, and its
 * supply contracts go with it. The new account manager changes the contract
 * and is credited with the next call-off; the former one is refused.
 */
describe('a key account handed over with its contracts', () => {
  it('moves running and negotiated contracts to the new account manager; the former one is refused', async () => {
    const { accountManager: alex, accountManager2: ana } = DemoUsers;
    const { createAccount } = await graph<{ createAccount: { id: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: LARGE }) { id } }',
      { n: `Handover Kunde ${randomUUID().slice(0, 8)} AG` },
    );
    const accountId = createAccount.id;
    await graph(
      'manager',
      'mutation($a: ID!, $am: ID!) { designateKeyAccount(input: { accountId: $a, accountManagerId: $am }) { ownerId } }',
      { a: accountId, am: alex.id },
    );

    // Alex negotiates two contracts and signs one (once the order service knows the account is his).
    const create = (price: string) =>
      graphEventually<{ createContract: Contract }>(
        'accountManager',
        `mutation($a: ID!, $p: ID!, $s: LocalDate!, $e: LocalDate!, $price: Decimal!) { createContract(input: { accountId: $a, startDate: $s, endDate: $e, overrunPolicy: FLAG, commitments: [{ productId: $p, price: $price, committedQuantity: "400" }] }) { ${contractFields} } }`,
        { a: accountId, p: DemoProducts.valve.id, s: isoDate(-5), e: isoDate(360), price },
        () => true,
        'the order service to learn that Alex owns the account',
      ).then((d) => d.createContract);
    const running = await create('235.00');
    const negotiating = await create('240.00');
    const signed = await graph<{ signContract: Contract }>(
      'accountManager',
      `mutation($c: ID!, $v: Int!) { signContract(contractId: $c, expectedVersion: $v) { ${contractFields} } }`,
      { c: running.id, v: running.version },
    );
    expect(signed.signContract).toMatchObject({ status: 'ACTIVE', ownerId: alex.id });

    // The account changes hands.
    await graph(
      'admin',
      'mutation($a: ID!, $o: ID!) { reassignAccountOwner(input: { accountId: $a, newOwnerId: $o }) { ownerId } }',
      { a: accountId, o: ana.id },
    );
    const contracts = await graphEventually<{ account: { contracts: Contract[] } }>(
      'accountManager2',
      `query($a: ID!) { account(id: $a) { contracts { ${contractFields} } } }`,
      { a: accountId },
      (d) =>
        d.account.contracts.length === 2 && d.account.contracts.every((c) => c.ownerId === ana.id),
      'both contracts to follow the account to Ana',
    );
    const byId = new Map(contracts.account.contracts.map((c) => [c.id, c]));
    // The contracts' owners and the order service's account directory (what a
    // seller may see) follow the account through two subscribers, each in its
    // own transaction: wait for the directory too, by reading as Alex.
    const readAsAlex = (c: string) =>
      asUser('accountManager', 'query($c: ID!) { contract(id: $c) { id } }', { c });
    await waitFor(
      async () => {
        for (const c of [running.id, negotiating.id])
          if (errorCode(await readAsAlex(c)) !== 'NOT_FOUND') return false;
        return true;
      },
      { what: "the order service's account directory to follow the account to Ana" },
    );

    // Alex no longer owns the account: he does not even see its contracts, let alone change them.
    const alexUpdates = await asUser(
      'accountManager',
      'mutation($c: ID!, $v: Int!) { updateContract(input: { contractId: $c, expectedVersion: $v, noticeDays: 60 }) { id } }',
      { c: negotiating.id, v: byId.get(negotiating.id)!.version },
    );
    expect(errorCode(alexUpdates)).toBe('NOT_FOUND');
    const alexCallOff = await asUser(
      'accountManager',
      'mutation($c: ID!, $p: ID!) { createCallOff(input: { contractId: $c, lines: [{ productId: $p, quantity: "3" }] }) { id } }',
      { c: running.id, p: DemoProducts.valve.id },
    );
    expect(errorCode(alexCallOff)).toBe('NOT_FOUND');

    // Ana changes the contract under negotiation and is credited with the next call-off.
    const changed = await graph<{ updateContract: Contract & { noticeDays: number } }>(
      'accountManager2',
      `mutation($c: ID!, $v: Int!) { updateContract(input: { contractId: $c, expectedVersion: $v, noticeDays: 60 }) { ${contractFields} } }`,
      { c: negotiating.id, v: byId.get(negotiating.id)!.version },
    );
    expect(changed.updateContract).toMatchObject({ ownerId: ana.id, noticeDays: 60 });
    const callOff = await graph<{ createCallOff: { creditedTo: string; totalNet: string } }>(
      'accountManager2',
      'mutation($c: ID!, $p: ID!) { createCallOff(input: { contractId: $c, lines: [{ productId: $p, quantity: "4" }] }) { creditedTo totalNet } }',
      { c: running.id, p: DemoProducts.valve.id },
    );
    expect(callOff.createCallOff).toEqual({ creditedTo: ana.id, totalNet: '940.00' });

    // The hand-over is in the contract's history.
    const history = await graph<{ contract: { history: Array<{ eventType: string }> } }>(
      'accountManager2',
      'query($c: ID!) { contract(id: $c) { history { eventType } } }',
      { c: running.id },
    );
    expect(history.contract.history.map((h) => h.eventType)).toContain(
      'order.ContractOwnerChanged.v1',
    );
  });
});
