import { DemoAccounts, DemoProducts } from '@salesgraph/demo-data';
import { OverrunPolicy } from '../modules/contract/contract-status';
import { demoOrderId, demoStep, type DemoOrder } from './demo-plan';

export interface DemoContract {
  id: string;
  accountId: string;
  manager: 'accountManager' | 'accountManager2';
  /** Term relative to the day the seed runs. */
  startDaysAgo: number;
  endInDays: number;
  overrunPolicy: OverrunPolicy;
  noticeDays: number;
  commitments: Array<{
    productId: string;
    price: string;
    committedQuantity?: string;
    committedValue?: string;
  }>;
  callOffs: DemoOrder[];
}

const P = DemoProducts;
const moves = ['place', 'confirm', 'fulfil', 'invoice'] as const;

/** Call-offs of one contract: created `daysAgo`, then moved on every two days up to `until`. */
const callOffsOf =
  (contract: Pick<DemoContract, 'id' | 'accountId' | 'manager'>) =>
  (
    n: number,
    daysAgo: number,
    lines: DemoOrder['lines'],
    until: (typeof moves)[number],
  ): DemoOrder => ({
    id: demoOrderId(n),
    accountId: contract.accountId,
    seller: contract.manager,
    contractId: contract.id,
    createdDaysAgo: daysAgo,
    lines,
    steps: moves
      .slice(0, moves.indexOf(until) + 1)
      .map((move, i) => demoStep(move, daysAgo - 0.2 - i * 2)),
  });

const globex = {
  id: 'c0000000-0000-4000-8000-000000000001',
  accountId: DemoAccounts.globex.id,
  manager: 'accountManager' as const,
};
const initech = {
  id: 'c0000000-0000-4000-8000-000000000002',
  accountId: DemoAccounts.initech.id,
  manager: 'accountManager2' as const,
};
const globexCallOff = callOffsOf(globex);
const initechCallOff = callOffsOf(initech);
const valves = (quantity: string) => ({ productId: P.valve.id, quantity });
const pumps = (quantity: string) => ({ productId: P.pump.id, quantity });

/**
 * One active supply contract per key account. Globex's ends in 20 days
 * (inside its 60-day notice: ContractExpiring) and is on pace; Initech's is
 * half-way through its year with a third of the pace (ContractUnderrunRisk).
 */
export const demoContracts: DemoContract[] = [
  {
    ...globex,
    startDaysAgo: 345,
    endInDays: 20,
    overrunPolicy: OverrunPolicy.FLAG,
    noticeDays: 60,
    commitments: [
      { productId: P.valve.id, price: '229.00', committedQuantity: '1200' },
      { productId: P.pump.id, price: '1780.00', committedValue: '60000.00' },
      { productId: P.service.id, price: '1100.00', committedQuantity: '12' },
    ],
    callOffs: [
      globexCallOff(
        21,
        320,
        [valves('300'), { productId: P.service.id, quantity: '12' }],
        'invoice',
      ),
      globexCallOff(22, 200, [valves('420'), pumps('14')], 'invoice'),
      globexCallOff(23, 80, [valves('380'), pumps('18')], 'fulfil'),
      globexCallOff(24, 2, [valves('40')], 'place'),
    ],
  },
  {
    ...initech,
    startDaysAgo: 182,
    endInDays: 183,
    overrunPolicy: OverrunPolicy.REFUSE,
    noticeDays: 90,
    commitments: [
      { productId: P.sensor.id, price: '72.00', committedQuantity: '5000' },
      { productId: P.valveXl.id, price: '455.00', committedValue: '180000.00' },
    ],
    callOffs: [
      initechCallOff(31, 150, [{ productId: P.sensor.id, quantity: '600' }], 'invoice'),
      initechCallOff(32, 100, [{ productId: P.valveXl.id, quantity: '50' }], 'fulfil'),
      initechCallOff(33, 60, [{ productId: P.sensor.id, quantity: '400' }], 'confirm'),
      initechCallOff(34, 5, [{ productId: P.valveXl.id, quantity: '30' }], 'place'),
    ],
  },
];
