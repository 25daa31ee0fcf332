import { ContractSigned, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { fixedClock, serviceCommand } from '@salesgraph/service-kit';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import { orderService } from '../../src/service-definition';
import {
  createContract,
  getContract,
  isoDay,
  signContract,
  updateContract,
  type ContractView,
} from './support/contract-queries';
import { cancel, createCallOff, move, type OrderView } from './support/order-queries';
import {
  createProducts,
  outboxEvents,
  seedDirectories,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';
import { approvedBy } from './support/price-approval-queries';

const keyAccount = 'a2000000-0000-4000-8000-000000000001';
const otherKeyAccount = 'a2000000-0000-4000-8000-000000000002';
const { accountManager, accountManager2, coordinator, manager, manager2, rep, admin } = DemoUsers;

describe('supply contracts and call-offs', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  let valve: string;
  let pump: string;

  beforeAll(async () => {
    // The contract watch job runs every second here, to see it work on its own.
    sut = await startOrderService('ordercontracts', { CONTRACT_WATCH_INTERVAL_MS: '1000' });
    broker = testBroker();
    await seedDirectories(
      sut,
      broker,
      [
        { id: keyAccount, ownerId: accountManager.id, tier: 'KEY' },
        { id: otherKeyAccount, ownerId: accountManager2.id, tier: 'KEY' },
      ],
      [
        {
          id: '7a1f3c2e-0000-4000-8000-0000000000b1',
          managerId: manager.id,
          members: [accountManager.id],
        },
      ],
    );
    const ids = await createProducts(sut, admin, [
      { sku: 'VAL-T', listPrice: '249.90', unitCost: '131.45' },
      { sku: 'PMP-T', listPrice: '1899.00', unitCost: '1104.33' },
    ]);
    valve = ids['VAL-T'];
    pump = ids['PMP-T'];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  async function activeContract(
    overrunPolicy: 'REFUSE' | 'FLAG',
    commitments: Array<Record<string, string>>,
    term = { startDate: isoDay(0), endDate: isoDay(364) },
    noticeDays = 60,
  ): Promise<ContractView> {
    const created = expectData(
      await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
        input: { accountId: keyAccount, ...term, overrunPolicy, noticeDays, commitments },
      }),
    ).createContract;
    return expectData(
      await sut.query<{ signContract: ContractView }>(accountManager, signContract, {
        contractId: created.id,
        expectedVersion: created.version,
      }),
    ).signContract;
  }

  async function callOff(
    contractId: string,
    lines: Array<Record<string, string>>,
    user: AuthenticatedUser = accountManager,
  ) {
    return expectData(
      await sut.query<{ createCallOff: OrderView }>(user, createCallOff, {
        input: { contractId, lines },
      }),
    ).createCallOff;
  }

  const place = (order: OrderView, user: AuthenticatedUser = accountManager) =>
    sut.query<{ placeOrder: OrderView }>(user, move('placeOrder'), {
      orderId: order.id,
      expectedVersion: order.version,
    });

  async function commitments(contractId: string) {
    const view = expectData(
      await sut.query<{ contract: ContractView }>(coordinator, getContract, { id: contractId }),
    ).contract;
    return Object.fromEntries(view.commitments.map((c) => [c.productId, c]));
  }

  it('negotiates, validates and signs a contract, publishing ContractSigned', async () => {
    const collector = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}`);
    try {
      const input = {
        accountId: keyAccount,
        startDate: isoDay(0),
        endDate: isoDay(364),
        overrunPolicy: 'FLAG',
        commitments: [{ productId: valve, price: '199.50', committedQuantity: '500' }],
      };
      expect(errorCode(await sut.query(rep, createContract, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await sut.query(accountManager2, createContract, { input }))).toBe(
        'FORBIDDEN',
      );
      const both = await sut.query(accountManager, createContract, {
        input: {
          ...input,
          commitments: [
            { productId: valve, price: '1', committedQuantity: '1', committedValue: '1' },
          ],
        },
      });
      expect(errorCode(both)).toBe('BAD_USER_INPUT');
      expect(both.errors![0].message).toContain('either a quantity or a value');
      const backwards = await sut.query(accountManager, createContract, {
        input: { ...input, endDate: isoDay(-10) },
      });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');

      const created = expectData(
        await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
          input,
        }),
      ).createContract;
      expect(created).toMatchObject({
        status: 'NEGOTIATING',
        ownerId: accountManager.id,
        version: 1,
      });
      const notYet = await sut.query(accountManager, createCallOff, {
        input: { contractId: created.id, lines: [{ productId: valve, quantity: '1' }] },
      });
      expect(errorCode(notYet)).toBe('CONTRACT_NOT_ACTIVE');

      const updated = expectData(
        await sut.query<{ updateContract: ContractView }>(accountManager, updateContract, {
          input: {
            contractId: created.id,
            expectedVersion: 1,
            commitments: [
              { productId: valve, price: '199.50', committedQuantity: '500' },
              { productId: pump, price: '1750.00', committedValue: '35000.00' },
            ],
          },
        }),
      ).updateContract;
      expect(updated.version).toBe(2);
      const stale = await sut.query(accountManager, signContract, {
        contractId: created.id,
        expectedVersion: 1,
      });
      expect(errorCode(stale)).toBe('CONFLICT');
      // 199.50 is more than 20% below list: the account manager's sales manager approves it first.
      const unapproved = await sut.query(accountManager, signContract, {
        contractId: created.id,
        expectedVersion: 2,
      });
      expect(errorCode(unapproved)).toBe('PRICE_APPROVAL_REQUIRED');
      await approvedBy(sut, accountManager, manager, { type: 'CONTRACT', id: created.id });
      const signed = expectData(
        await sut.query<{ signContract: ContractView }>(accountManager, signContract, {
          contractId: created.id,
          expectedVersion: 2,
        }),
      ).signContract;
      expect(signed.status).toBe('ACTIVE');

      const message = await waitFor(
        () =>
          collector.messages.find(
            (m) => m.key === created.id && m.headers.ce_type === ContractSigned.type,
          ),
        { what: 'ContractSigned' },
      );
      expect(JSON.parse(message.value!.toString()).data).toMatchObject({
        contractNumber: created.contractNumber,
        overrunPolicy: 'FLAG',
      });
      const signedData = JSON.parse(message.value!.toString()).data;
      expect(signedData.commitments).toHaveLength(2);
      expect(signedData.commitments).toEqual(
        expect.arrayContaining([
          { productId: valve, price: '199.50', committedQuantity: '500' },
          { productId: pump, price: '1750.00', committedValue: '35000.00' },
        ]),
      );
    } finally {
      await collector.close();
    }
  });

  it('draws call-offs down the contract they are made against, at contract prices', async () => {
    const first = await activeContract('REFUSE', [
      { productId: valve, price: '200.00', committedQuantity: '100' },
      { productId: pump, price: '1750.00', committedValue: '10000.00' },
    ]);
    const second = await activeContract('FLAG', [
      { productId: valve, price: '210.00', committedQuantity: '50' },
    ]);

    const order = await callOff(first.id, [
      { productId: valve, quantity: '60' },
      { productId: pump, quantity: '2' },
    ]);
    expect(order).toMatchObject({ status: 'DRAFT', creditedTo: accountManager.id });
    expect(order.lines.map((l) => [l.unitPrice, l.netAmount])).toEqual([
      ['200.00', '12000.00'],
      ['1750.00', '3500.00'],
    ]);
    expect(expectData(await place(order)).placeOrder.status).toBe('PLACED');
    const drawn = await commitments(first.id);
    expect(drawn[valve]).toMatchObject({
      consumed: '60',
      remaining: '40',
      consumedValue: '12000.00',
    });
    expect(drawn[pump]).toMatchObject({ measure: 'VALUE', consumed: '3500.00', remaining: '6500' });
    expect((await commitments(second.id))[valve]).toMatchObject({ consumed: '0', remaining: '50' });

    const discounted = await sut.query(accountManager, createCallOff, {
      input: {
        contractId: first.id,
        lines: [{ productId: valve, quantity: '1', unitPrice: '1.00' }],
      },
    });
    expect(errorCode(discounted)).toBe('BAD_USER_INPUT');
  });

  it('refuses an overrun under REFUSE and changes nothing', async () => {
    const contract = await activeContract('REFUSE', [
      { productId: valve, price: '200.00', committedQuantity: '100' },
      { productId: pump, price: '1750.00', committedValue: '10000.00' },
    ]);
    expectData(await place(await callOff(contract.id, [{ productId: valve, quantity: '95' }])));

    const tooMany = await callOff(contract.id, [{ productId: valve, quantity: '6' }]);
    const refused = await place(tooMany);
    expect(errorCode(refused)).toBe('CONTRACT_OVERRUN');
    expect(refused.errors![0].message).toContain(
      `would exceed contract ${contract.contractNumber} for VAL-T: committed 100 (quantity), already called off 95, this call-off 6`,
    );
    const tooMuchValue = await place(
      await callOff(contract.id, [{ productId: pump, quantity: '6' }]),
    );
    expect(errorCode(tooMuchValue)).toBe('CONTRACT_OVERRUN');

    const after = await commitments(contract.id);
    expect(after[valve].consumed).toBe('95');
    expect(after[pump].consumed).toBe('0.00');
    const still = expectData(
      await sut.query<{ order: OrderView }>(
        coordinator,
        'query($id: ID!) { order(id: $id) { status version } }',
        {
          id: tooMany.id,
        },
      ),
    ).order;
    expect(still).toMatchObject({ status: 'DRAFT', version: 1 });

    // Exactly up to the commitment is fine.
    expect(
      expectData(await place(await callOff(contract.id, [{ productId: valve, quantity: '5' }])))
        .placeOrder.contractOverrun,
    ).toBe(false);
    expect((await commitments(contract.id))[valve]).toMatchObject({
      consumed: '100',
      remaining: '0',
    });
  });

  it('accepts and flags an overrun under FLAG, and gives consumption back on cancellation', async () => {
    const contract = await activeContract('FLAG', [
      { productId: valve, price: '210.00', committedQuantity: '50' },
    ]);
    const order = await callOff(contract.id, [
      { productId: valve, quantity: '30' },
      { productId: valve, quantity: '25' },
    ]);
    const placed = expectData(await place(order)).placeOrder;
    expect(placed.contractOverrun).toBe(true);
    expect(placed.lines.map((l) => l.overrunQuantity)).toEqual([null, '5']);
    expect((await commitments(contract.id))[valve]).toMatchObject({
      consumed: '55',
      remaining: '-5',
    });
    const [, placedEvent] = await outboxEvents(sut, order.id);
    expect(placedEvent).toMatchObject({
      type: 'order.OrderPlaced.v1',
      data: { order: { kind: 'CALL_OFF', contractId: contract.id, contractOverrun: true } },
    });

    expectData(
      await sut.query(coordinator, cancel, {
        orderId: order.id,
        expectedVersion: 2,
        reason: 'customer over-ordered',
      }),
    );
    expect((await commitments(contract.id))[valve]).toMatchObject({
      consumed: '0',
      remaining: '50',
    });
  });

  it('keeps contracts to the account manager, their managers and coordinators', async () => {
    const contract = await activeContract('REFUSE', [
      { productId: valve, price: '200.00', committedQuantity: '10' },
    ]);
    for (const outsider of [accountManager2, manager2])
      expect(errorCode(await sut.query(outsider, getContract, { id: contract.id }))).toBe(
        'NOT_FOUND',
      );
    for (const insider of [coordinator, manager])
      expect(
        expectData(
          await sut.query<{ contract: ContractView }>(insider, getContract, { id: contract.id }),
        ).contract.id,
      ).toBe(contract.id);
    expect(
      errorCode(
        await sut.query(rep, createCallOff, {
          input: { contractId: contract.id, lines: [{ productId: valve, quantity: '1' }] },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await sut.query(accountManager2, createCallOff, {
          input: { contractId: contract.id, lines: [{ productId: valve, quantity: '1' }] },
        }),
      ),
    ).toBe('NOT_FOUND');
    // A coordinator may enter a call-off; it still credits the account manager.
    const byCoordinator = await callOff(
      contract.id,
      [{ productId: valve, quantity: '1' }],
      coordinator,
    );
    expect(byCoordinator.creditedTo).toBe(accountManager.id);
  });

  it('warns of underrun and expiry once per window, then expires the contract (watch run with a chosen clock)', async () => {
    const now = new Date();
    const contract = await activeContract(
      'REFUSE',
      [{ productId: valve, price: '200.00', committedQuantity: '1000' }],
      { startDate: isoDay(-100, now), endDate: isoDay(100, now) },
      30,
    );
    const count = async (type: string) =>
      (await outboxEvents(sut, contract.id)).filter((e) => e.type === type).length;

    // The job (every second here) finds it behind pace on its own.
    await waitFor(async () => (await count('order.ContractUnderrunRisk.v1')) === 1, {
      what: 'the contract watch job to raise ContractUnderrunRisk',
    });
    const { watch } = orderService.components(sut.service.deps);
    // The watch as the job runs it, at a chosen moment.
    const at = (moment: Date) => serviceCommand('order', fixedClock(moment));
    await watch.run(at(now));
    await watch.run(at(new Date(now.getTime() + 86_400_000)));
    expect(await count('order.ContractUnderrunRisk.v1')).toBe(1);
    const [risk] = (await outboxEvents(sut, contract.id)).filter(
      (e) => e.type === 'order.ContractUnderrunRisk.v1',
    );
    expect(risk.data).toMatchObject({
      productId: valve,
      committed: '1000',
      consumed: '0',
      measure: 'QUANTITY',
      ownerId: accountManager.id,
    });

    // A new 30-day window: warned again.
    await watch.run(at(new Date(now.getTime() + 20 * 86_400_000)));
    expect(await count('order.ContractUnderrunRisk.v1')).toBe(2);

    // 25 days before the end, within the 30-day notice: ContractExpiring, once.
    expect(await count('order.ContractExpiring.v1')).toBe(0);
    const later = new Date(now.getTime() + 75 * 86_400_000);
    const report = await watch.run(at(later));
    expect(report.expiring).toContain(contract.id);
    await watch.run(at(later));
    await watch.run(at(new Date(later.getTime() + 86_400_000)));
    expect(await count('order.ContractExpiring.v1')).toBe(1);
    const [expiring] = (await outboxEvents(sut, contract.id)).filter(
      (e) => e.type === 'order.ContractExpiring.v1',
    );
    expect(expiring.data).toMatchObject({ daysLeft: 25, endDate: isoDay(100, now) });

    // After the last day: expired, once, and no more call-offs.
    const afterEnd = new Date(now.getTime() + 101 * 86_400_000);
    expect((await watch.run(at(afterEnd))).expired).toEqual([contract.id]);
    expect((await watch.run(at(afterEnd))).expired).toEqual([]);
    expect(await count('order.ContractExpired.v1')).toBe(1);
    const view = expectData(
      await sut.query<{ contract: ContractView }>(coordinator, getContract, { id: contract.id }),
    ).contract;
    expect(view.status).toBe('EXPIRED');
    const late = await sut.query(accountManager, createCallOff, {
      input: { contractId: contract.id, lines: [{ productId: valve, quantity: '1' }] },
    });
    expect(errorCode(late)).toBe('CONTRACT_NOT_ACTIVE');
  });

  it('raises no ContractExpiring for a contract terminated after the watch listed it', async () => {
    const now = new Date();
    const contract = await activeContract(
      'REFUSE',
      [{ productId: valve, price: '200.00', committedQuantity: '1' }],
      { startDate: isoDay(-10, now), endDate: isoDay(100, now) },
      30,
    );
    const { watch } = orderService.components(sut.service.deps);
    const later = new Date(now.getTime() + 75 * 86_400_000); // within the 30-day notice
    const { dataSource } = sut.service.deps;

    // A termination is under way: its transaction holds the contract and has not committed.
    const termination = dataSource.createQueryRunner();
    await termination.connect();
    await termination.startTransaction();
    try {
      await termination.query('SELECT id FROM supply_contract WHERE id = $1 FOR UPDATE', [
        contract.id,
      ]);
      await termination.query(`UPDATE supply_contract SET status = 'TERMINATED' WHERE id = $1`, [
        contract.id,
      ]);
      // The watch lists the contract as active (the termination is not visible yet)...
      const run = watch.run(serviceCommand('order', fixedClock(later)));
      await waitFor(
        async () => {
          const [row] = await dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
          );
          return row.n > 0;
        },
        { what: 'the watch to wait for the contract' },
      );
      // ...and the termination commits before the watch gets to it.
      await termination.commitTransaction();
      const report = await run;
      expect(report.expiring).not.toContain(contract.id);
    } finally {
      if (termination.isTransactionActive) await termination.rollbackTransaction();
      await termination.release();
    }
    const types = (await outboxEvents(sut, contract.id)).map((e) => e.type);
    expect(types).not.toContain('order.ContractExpiring.v1');
  });
});
