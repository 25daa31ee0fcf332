import { AccountOwner } from '@salesgraph/account-directory';
import { AccountOwnerChanged, ContractOwnerChanged, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import {
  errorCode,
  expectData,
  startServiceUnderTest,
  testBroker,
  waitFor,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { loadOrderConfig, type OrderConfig } from '../../src/config';
import { SupplyContract } from '../../src/modules/contract/supply-contract.entity';
import { orderService } from '../../src/service-definition';
import {
  createContract,
  isoDay,
  signContract,
  updateContract,
  type ContractView,
} from './support/contract-queries';
import { createCallOff, type OrderView } from './support/order-queries';
import { createProducts, outboxEvents, publish, seedDirectories } from './support/order-test-kit';

const keyAccount = 'a2000000-0000-4000-8000-0000000000c1';
const { accountManager, accountManager2, manager, admin } = DemoUsers;

const terminate = `mutation($contractId: ID!, $expectedVersion: Int!, $reason: String!) {
  terminateContract(contractId: $contractId, expectedVersion: $expectedVersion, reason: $reason) { id status ownerId version }
}`;

describe('supply contracts follow a key-account hand-over', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  let valve: string;

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'orderhandover',
      loadConfig: loadOrderConfig,
      definition: orderService,
    });
    broker = testBroker();
    await seedDirectories(sut, broker, [
      { id: keyAccount, ownerId: accountManager.id, tier: 'KEY' },
    ]);
    valve = (
      await createProducts(sut, admin, [{ sku: 'VAL-H', listPrice: '100', unitCost: '60' }])
    )['VAL-H'];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  const contractInput = {
    accountId: keyAccount,
    startDate: isoDay(0),
    endDate: isoDay(364),
    overrunPolicy: 'FLAG',
  };

  it('hands running and negotiated contracts to the new account manager, who is credited with the next call-off; the former one is refused', async () => {
    const running = expectData(
      await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
        input: {
          ...contractInput,
          commitments: [{ productId: valve, price: '90', committedQuantity: '100' }],
        },
      }),
    ).createContract;
    const active = expectData(
      await sut.query<{ signContract: ContractView }>(accountManager, signContract, {
        contractId: running.id,
        expectedVersion: running.version,
      }),
    ).signContract;
    const negotiating = expectData(
      await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
        input: {
          ...contractInput,
          commitments: [{ productId: valve, price: '88', committedQuantity: '50' }],
        },
      }),
    ).createContract;
    const before = expectData(
      await sut.query<{ createCallOff: OrderView }>(accountManager, createCallOff, {
        input: { contractId: active.id, lines: [{ productId: valve, quantity: '5' }] },
      }),
    ).createCallOff;
    expect(before.creditedTo).toBe(accountManager.id);

    const changedAt = new Date().toISOString();
    await publish(broker, `${sut.topicPrefix}${Topics.account}`, AccountOwnerChanged, {
      accountId: keyAccount,
      previousOwnerId: accountManager.id,
      ownerId: accountManager2.id,
      tier: 'KEY',
      reason: `Reassigned by ${manager.id}`,
      ruleVersion: 'handoff-v1',
      changedAt,
    });
    const db = sut.service.deps.dataSource.manager;
    await waitFor(
      async () =>
        (await db.countBy(SupplyContract, {
          accountId: keyAccount,
          ownerId: accountManager2.id,
        })) === 2 &&
        (await db.findOneBy(AccountOwner, { accountId: keyAccount }))?.ownerId ===
          accountManager2.id,
      { what: 'the contracts and the directory to follow the account', timeoutMs: 30_000 },
    );

    const moved = await db.findOneByOrFail(SupplyContract, { id: active.id });
    expect(moved).toMatchObject({ ownerId: accountManager2.id, version: active.version + 1 });
    const events = await outboxEvents(sut, active.id);
    expect(events.at(-1)).toMatchObject({
      id: expect.any(String),
      type: ContractOwnerChanged.type,
      data: expect.objectContaining({
        contractId: active.id,
        previousOwnerId: accountManager.id,
        ownerId: accountManager2.id,
        status: 'ACTIVE',
        changedAt,
      }),
    });

    // The former account manager may no longer change or end either contract: no longer
    // owning the account, they do not even see its contracts any more.
    expect(
      errorCode(
        await sut.query(accountManager, updateContract, {
          input: {
            contractId: negotiating.id,
            expectedVersion: negotiating.version + 1,
            noticeDays: 30,
          },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await sut.query(accountManager, terminate, {
          contractId: active.id,
          expectedVersion: active.version + 1,
          reason: 'Not mine any more',
        }),
      ),
    ).toBe('NOT_FOUND');

    // The new one changes the contract under negotiation and is credited with the next call-off.
    const updated = expectData(
      await sut.query<{ updateContract: ContractView }>(accountManager2, updateContract, {
        input: {
          contractId: negotiating.id,
          expectedVersion: negotiating.version + 1,
          noticeDays: 30,
        },
      }),
    ).updateContract;
    expect(updated).toMatchObject({ ownerId: accountManager2.id, noticeDays: 30 });
    const after = expectData(
      await sut.query<{ createCallOff: OrderView }>(accountManager2, createCallOff, {
        input: { contractId: active.id, lines: [{ productId: valve, quantity: '5' }] },
      }),
    ).createCallOff;
    expect(after.creditedTo).toBe(accountManager2.id);
    // The call-off drafted before the hand-over keeps whom it credited.
    const earlier = await sut.service.deps.dataSource.query(
      'SELECT credited_to FROM sales_order WHERE id = $1',
      [before.id],
    );
    expect(earlier[0].credited_to).toBe(accountManager.id);

    // Redelivery of the same hand-over changes nothing more.
    await publish(broker, `${sut.topicPrefix}${Topics.account}`, AccountOwnerChanged, {
      accountId: keyAccount,
      previousOwnerId: accountManager.id,
      ownerId: accountManager2.id,
      tier: 'KEY',
      reason: `Reassigned by ${manager.id}`,
      ruleVersion: 'handoff-v1',
      changedAt,
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await db.findOneByOrFail(SupplyContract, { id: active.id })).version).toBe(
      active.version + 1,
    );
  });
});
