import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';

/** Demo targets per rep: a year and its current quarter, some split per product line or product. */
export const demoTargets = [
  {
    rep: DemoUsers.rep,
    manager: DemoUsers.manager,
    year: '240000.00',
    quarter: '60000.00',
    split: (share: number) => [
      { productLine: 'Valves', amount: (120000 * share).toFixed(2) },
      { productLine: 'Pumps', amount: (80000 * share).toFixed(2) },
      { productLine: 'Sensors', amount: (20000 * share).toFixed(2) },
    ],
  },
  { rep: DemoUsers.rep2, manager: DemoUsers.manager, year: '180000.00', quarter: '45000.00' },
  {
    rep: DemoUsers.rep3,
    manager: DemoUsers.manager2,
    year: '200000.00',
    quarter: '50000.00',
    split: (share: number) => [
      { productId: DemoProducts.valve.id, amount: (50000 * share).toFixed(2) },
      { productId: DemoProducts.pump.id, amount: (100000 * share).toFixed(2) },
    ],
  },
  { rep: DemoUsers.rep4, manager: DemoUsers.manager2, year: '150000.00', quarter: '37500.00' },
];

/** The demo teams' members (DemoTeams names the teams and their managers). */
export const demoMembers = {
  north: [
    { userId: DemoUsers.rep.id, role: 'SALES_REP' },
    { userId: DemoUsers.rep2.id, role: 'SALES_REP' },
    { userId: DemoUsers.accountManager.id, role: 'ACCOUNT_MANAGER' },
  ],
  south: [
    { userId: DemoUsers.rep3.id, role: 'SALES_REP' },
    { userId: DemoUsers.rep4.id, role: 'SALES_REP' },
    { userId: DemoUsers.accountManager2.id, role: 'ACCOUNT_MANAGER' },
  ],
} as const;
