import { DemoTeams, DemoUsers } from '@salesgraph/identity';

export { DemoTeams, DemoUsers };

/**
 * The demo company's customers. Ids are fixed so that each service's seed
 * (accounts in account, orders and contracts in order, plans in planning,
 * opportunities in lead) refers to the same accounts.
 */
export const DemoAccounts = {
  globex: {
    id: 'a0000000-0000-4000-8000-000000000001',
    name: 'Globex Manufacturing',
    domain: 'globex.example',
    segment: 'LARGE',
    tier: 'KEY',
    ownerId: DemoUsers.accountManager.id,
  },
  initech: {
    id: 'a0000000-0000-4000-8000-000000000002',
    name: 'Initech Components',
    domain: 'initech.example',
    segment: 'LARGE',
    tier: 'KEY',
    ownerId: DemoUsers.accountManager2.id,
  },
  umbrella: {
    id: 'a0000000-0000-4000-8000-000000000003',
    name: 'Umbrella Packaging',
    domain: 'umbrella.example',
    segment: 'MEDIUM',
    tier: 'STANDARD',
    ownerId: DemoUsers.rep.id,
  },
  hooli: {
    id: 'a0000000-0000-4000-8000-000000000004',
    name: 'Hooli Labs',
    domain: 'hooli.example',
    segment: 'SMALL',
    tier: 'STANDARD',
    ownerId: DemoUsers.rep2.id,
  },
  stark: {
    id: 'a0000000-0000-4000-8000-000000000005',
    name: 'Stark Fabrication',
    domain: 'stark.example',
    segment: 'MEDIUM',
    tier: 'STANDARD',
    ownerId: DemoUsers.rep3.id,
  },
} as const;

/** The demo catalogue. */
export const DemoProducts = {
  valve: {
    id: 'b0000000-0000-4000-8000-000000000001',
    sku: 'VAL-100',
    name: 'Industrial valve DN50',
    productLine: 'Valves',
    listPrice: '249.90',
    unitCost: '131.45',
  },
  valveXl: {
    id: 'b0000000-0000-4000-8000-000000000002',
    sku: 'VAL-200',
    name: 'Industrial valve DN100',
    productLine: 'Valves',
    listPrice: '489.00',
    unitCost: '262.10',
  },
  pump: {
    id: 'b0000000-0000-4000-8000-000000000003',
    sku: 'PMP-300',
    name: 'Centrifugal pump 3 kW',
    productLine: 'Pumps',
    listPrice: '1899.00',
    unitCost: '1104.33',
  },
  sensor: {
    id: 'b0000000-0000-4000-8000-000000000004',
    sku: 'SEN-010',
    name: 'Pressure sensor',
    productLine: 'Sensors',
    listPrice: '79.99',
    unitCost: '31.17',
  },
  service: {
    id: 'b0000000-0000-4000-8000-000000000005',
    sku: 'SRV-001',
    name: 'Annual maintenance',
    productLine: 'Services',
    listPrice: '1200.00',
    unitCost: '640.00',
  },
} as const;
