import { DemoAccounts, DemoProducts } from '@salesgraph/demo-data';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { OrderJourney, FinishedOrder } from './order-journey';
import type { SubgraphClient } from './subgraph-client';
import { transition } from './transition';

export interface SignedContract {
  id: string;
  accountManager: AuthenticatedUser;
}

/**
 * Key-account business: an account manager negotiates and signs a long-term
 * supply contract; order administration then draws call-offs against it,
 * each placed (the contract's consumption grows), confirmed and invoiced, or
 * cancelled after confirmation (the consumption is given back).
 */
export class ContractJourney {
  constructor(
    private readonly client: SubgraphClient,
    private readonly orders: OrderJourney,
  ) {}

  /** One signed contract per key account, for a year that began a month ago. */
  async sign(deadline: number): Promise<SignedContract[]> {
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const signed: SignedContract[] = [];
    for (const [account, manager] of [
      [DemoAccounts.globex, DemoUsers.accountManager],
      [DemoAccounts.initech, DemoUsers.accountManager2],
    ] as const) {
      const { createContract } = await this.client.query<{
        createContract: { id: string; version: number };
      }>(
        manager,
        'order',
        `mutation($a: ID!, $from: LocalDate!, $to: LocalDate!, $valve: ID!, $pump: ID!) {
          createContract(input: { accountId: $a, startDate: $from, endDate: $to, overrunPolicy: FLAG, commitments: [
            { productId: $valve, price: "230.00", committedQuantity: "1000000" },
            { productId: $pump, price: "1750.00", committedValue: "900000000.00" } ] }) { id version } }`,
        {
          a: account.id,
          from: day(-30),
          to: day(335),
          valve: DemoProducts.valve.id,
          pump: DemoProducts.pump.id,
        },
        deadline,
      );
      await transition({
        what: `sign ${createContract.id}`,
        deadline,
        attempt: () =>
          this.client.request(
            manager,
            'order',
            'mutation($id: ID!, $v: Int!) { signContract(contractId: $id, expectedVersion: $v) { id } }',
            { id: createContract.id, v: createContract.version },
          ),
        isDone: async () =>
          (
            await this.client.query<{ contract: { status: string } }>(
              manager,
              'order',
              'query($id: ID!) { contract(id: $id) { status } }',
              { id: createContract.id },
              deadline,
            )
          ).contract.status === 'ACTIVE',
      });
      signed.push({ id: createContract.id, accountManager: manager });
    }
    return signed;
  }

  /**
   * One call-off, completed. Creating it is not repeated when its answer is
   * lost (a second one could be made): such a call-off is left as it is and
   * reported as unacknowledged.
   */
  async callOff(
    contract: SignedContract,
    n: number,
    cancel: boolean,
    deadline: number,
  ): Promise<FinishedOrder | undefined> {
    for (;;) {
      const outcome = await this.client.request<{ createCallOff: { id: string } }>(
        DemoUsers.coordinator,
        'order',
        `mutation($c: ID!, $valve: ID!, $pump: ID!, $qv: Decimal!, $qp: Decimal!) {
          createCallOff(input: { contractId: $c, lines: [{ productId: $valve, quantity: $qv }, { productId: $pump, quantity: $qp }] }) { id } }`,
        {
          c: contract.id,
          valve: DemoProducts.valve.id,
          pump: DemoProducts.pump.id,
          qv: String(10 + (n % 17)),
          qp: String(1 + (n % 3)),
        },
      );
      if (outcome.kind === 'data')
        return this.orders.complete(outcome.data.createCallOff.id, cancel, deadline);
      if (outcome.kind === 'refused')
        throw new Error(`call-off refused: ${outcome.code} ${outcome.message}`);
      if (outcome.sent) return undefined;
      if (Date.now() > deadline) throw new Error(`call-off: order service away until the deadline`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
