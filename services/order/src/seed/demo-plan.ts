import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';

/** A step of a demo order's life, `daysAgo` before the seed runs (fractions allowed). */
export interface DemoStep {
  move: 'place' | 'confirm' | 'fulfil' | 'invoice' | 'cancel';
  daysAgo: number;
  reason?: string;
}

export interface DemoOrder {
  id: string;
  accountId: string;
  /** The seller who creates it (ad hoc) or the account manager (call-off). */
  seller: keyof typeof DemoUsers;
  contractId?: string;
  createdDaysAgo: number;
  lines: Array<{
    productId: string;
    quantity: string;
    discountPercent?: string;
    unitPrice?: string;
  }>;
  steps: DemoStep[];
}

const P = DemoProducts;
const A = DemoAccounts;
const order = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const step = (move: DemoStep['move'], daysAgo: number, reason?: string): DemoStep => ({
  move,
  daysAgo,
  ...(reason ? { reason } : {}),
});

/**
 * Ad hoc orders of the standard accounts, credited to their reps, in every
 * status; some have waited past their service level so that the queues show
 * overdue work.
 */
export const demoAdHocOrders: DemoOrder[] = [
  {
    id: order(1),
    accountId: A.umbrella.id,
    seller: 'rep',
    createdDaysAgo: 41,
    lines: [
      { productId: P.valve.id, quantity: '10', discountPercent: '5' },
      { productId: P.sensor.id, quantity: '24', discountPercent: '12.5' },
    ],
    steps: [step('place', 40), step('confirm', 39.5), step('fulfil', 35), step('invoice', 33)],
  },
  {
    id: order(2),
    accountId: A.umbrella.id,
    seller: 'rep',
    createdDaysAgo: 7,
    lines: [{ productId: P.pump.id, quantity: '2', discountPercent: '7.5' }],
    steps: [step('place', 6), step('confirm', 5.8), step('fulfil', 3)],
  },
  {
    id: order(3),
    accountId: A.umbrella.id,
    seller: 'rep',
    createdDaysAgo: 3.2,
    lines: [{ productId: P.sensor.id, quantity: '15' }],
    steps: [step('place', 3)],
  },
  {
    id: order(4),
    accountId: A.umbrella.id,
    seller: 'rep',
    createdDaysAgo: 1,
    lines: [{ productId: P.service.id, quantity: '1', unitPrice: '1150.00' }],
    steps: [],
  },
  {
    id: order(5),
    accountId: A.hooli.id,
    seller: 'rep2',
    createdDaysAgo: 2.5,
    lines: [{ productId: P.valveXl.id, quantity: '4', discountPercent: '3.33' }],
    steps: [step('place', 2), step('confirm', 1.5)],
  },
  {
    id: order(6),
    accountId: A.hooli.id,
    seller: 'rep2',
    createdDaysAgo: 11,
    lines: [{ productId: P.valve.id, quantity: '3' }],
    steps: [step('place', 10), step('cancel', 9, 'Customer ordered the DN100 instead')],
  },
  {
    id: order(7),
    accountId: A.hooli.id,
    seller: 'rep2',
    createdDaysAgo: 0.1,
    lines: [{ productId: P.sensor.id, quantity: '7', unitPrice: '74.99' }],
    steps: [step('place', 0.05)],
  },
  {
    id: order(8),
    accountId: A.stark.id,
    seller: 'rep3',
    createdDaysAgo: 72,
    lines: [
      { productId: P.pump.id, quantity: '1' },
      { productId: P.service.id, quantity: '1' },
    ],
    steps: [step('place', 71), step('confirm', 70), step('fulfil', 66), step('invoice', 65)],
  },
  {
    id: order(9),
    accountId: A.stark.id,
    seller: 'rep3',
    createdDaysAgo: 4,
    lines: [{ productId: P.valve.id, quantity: '6', discountPercent: '10' }],
    steps: [],
  },
  {
    id: order(10),
    accountId: A.stark.id,
    seller: 'rep3',
    createdDaysAgo: 9,
    lines: [{ productId: P.valveXl.id, quantity: '2' }],
    steps: [step('place', 8.5), step('confirm', 8)],
  },
];

export { order as demoOrderId, step as demoStep };
