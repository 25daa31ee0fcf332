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
const callOff = (
  n: number,
  accountId: string,
  seller: DemoOrder['seller'],
  contractId: string,
  daysAgo: number,
  lines: DemoOrder['lines'],
  until: 'place' | 'confirm' | 'fulfil' | 'invoice',
): DemoOrder => {
  const moves = ['place', 'confirm', 'fulfil', 'invoice'] as const;
  const steps = moves
    .slice(0, moves.indexOf(until) + 1)
    .map((move, i) => demoStep(move, daysAgo - 0.2 - i * 2));
  return {
    id: demoOrderId(n),
    accountId,
    seller,
    contractId,
    createdDaysAgo: daysAgo,
    lines,
    steps,
  };
};

const globex = 'c0000000-0000-4000-8000-000000000001';
const initech = 'c0000000-0000-4000-8000-000000000002';

/**
 * One active supply contract per key account. Globex's ends in 20 days
 * (inside its 60-day notice: ContractExpiring) and is on pace; Initech's is
 * half-way through its year with a third of the pace (ContractUnderrunRisk).
 */
export const demoContracts: DemoContract[] = [
  {
    id: globex,
    accountId: DemoAccounts.globex.id,
    manager: 'accountManager',
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
      callOff(
        21,
        DemoAccounts.globex.id,
        'accountManager',
        globex,
        320,
        [
          { productId: P.valve.id, quantity: '300' },
          { productId: P.service.id, quantity: '12' },
        ],
        'invoice',
      ),
      callOff(
        22,
        DemoAccounts.globex.id,
        'accountManager',
        globex,
        200,
        [
          { productId: P.valve.id, quantity: '420' },
          { productId: P.pump.id, quantity: '14' },
        ],
        'invoice',
      ),
      callOff(
        23,
        DemoAccounts.globex.id,
        'accountManager',
        globex,
        80,
        [
          { productId: P.valve.id, quantity: '380' },
          { productId: P.pump.id, quantity: '18' },
        ],
        'fulfil',
      ),
      callOff(
        24,
        DemoAccounts.globex.id,
        'accountManager',
        globex,
        2,
        [{ productId: P.valve.id, quantity: '40' }],
        'place',
      ),
    ],
  },
  {
    id: initech,
    accountId: DemoAccounts.initech.id,
    manager: 'accountManager2',
    startDaysAgo: 182,
    endInDays: 183,
    overrunPolicy: OverrunPolicy.REFUSE,
    noticeDays: 90,
    commitments: [
      { productId: P.sensor.id, price: '72.00', committedQuantity: '5000' },
      { productId: P.valveXl.id, price: '455.00', committedValue: '180000.00' },
    ],
    callOffs: [
      callOff(
        31,
        DemoAccounts.initech.id,
        'accountManager2',
        initech,
        150,
        [{ productId: P.sensor.id, quantity: '600' }],
        'invoice',
      ),
      callOff(
        32,
        DemoAccounts.initech.id,
        'accountManager2',
        initech,
        100,
        [{ productId: P.valveXl.id, quantity: '50' }],
        'fulfil',
      ),
      callOff(
        33,
        DemoAccounts.initech.id,
        'accountManager2',
        initech,
        60,
        [{ productId: P.sensor.id, quantity: '400' }],
        'confirm',
      ),
      callOff(
        34,
        DemoAccounts.initech.id,
        'accountManager2',
        initech,
        5,
        [{ productId: P.valveXl.id, quantity: '30' }],
        'place',
      ),
    ],
  },
];
