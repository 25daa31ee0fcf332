import type { AuthenticatedUser } from './authenticated-user';

/**
 * The people of the demo company. Services seed their demo data around these
 * ids and `npm run token -- <handle>` issues a token for any of them. Ids look
 * like an identity provider's subjects: opaque, stable strings.
 */
export const DemoUsers = {
  admin: { id: 'u-admin', name: 'Ada Admin', email: 'admin@salesgraph.dev', roles: ['ADMIN'] },
  manager: {
    id: 'u-mgr-mia',
    name: 'Mia Manager',
    email: 'mia@salesgraph.dev',
    roles: ['SALES_MANAGER'],
  },
  manager2: {
    id: 'u-mgr-max',
    name: 'Max Manager',
    email: 'max@salesgraph.dev',
    roles: ['SALES_MANAGER'],
  },
  rep: { id: 'u-rep-rita', name: 'Rita Rep', email: 'rita@salesgraph.dev', roles: ['SALES_REP'] },
  rep2: { id: 'u-rep-raj', name: 'Raj Rep', email: 'raj@salesgraph.dev', roles: ['SALES_REP'] },
  rep3: { id: 'u-rep-rosa', name: 'Rosa Rep', email: 'rosa@salesgraph.dev', roles: ['SALES_REP'] },
  rep4: { id: 'u-rep-ron', name: 'Ron Rep', email: 'ron@salesgraph.dev', roles: ['SALES_REP'] },
  accountManager: {
    id: 'u-am-alex',
    name: 'Alex Account-Manager',
    email: 'alex@salesgraph.dev',
    roles: ['ACCOUNT_MANAGER'],
  },
  accountManager2: {
    id: 'u-am-ana',
    name: 'Ana Account-Manager',
    email: 'ana@salesgraph.dev',
    roles: ['ACCOUNT_MANAGER'],
  },
  coordinator: {
    id: 'u-coord-cole',
    name: 'Cole Coordinator',
    email: 'cole@salesgraph.dev',
    roles: ['SALES_COORDINATOR'],
  },
  marketing: {
    id: 'u-mkt-mara',
    name: 'Mara Marketing',
    email: 'mara@salesgraph.dev',
    roles: ['MARKETING'],
  },
  technician: {
    id: 'u-tech-theo',
    name: 'Theo Technical',
    email: 'theo@salesgraph.dev',
    roles: [],
    department: 'TECHNICAL',
  },
  logistics: {
    id: 'u-log-lena',
    name: 'Lena Logistics',
    email: 'lena@salesgraph.dev',
    roles: [],
    department: 'LOGISTICS',
  },
} as const satisfies Record<string, AuthenticatedUser>;

export type DemoUserHandle = keyof typeof DemoUsers;

/** Demo sales teams (planning seeds them; ids are fixed so every service can refer to them). */
export const DemoTeams = {
  north: {
    id: '7a1f3c2e-0000-4000-8000-000000000001',
    name: 'North',
    managerId: DemoUsers.manager.id,
  },
  south: {
    id: '7a1f3c2e-0000-4000-8000-000000000002',
    name: 'South',
    managerId: DemoUsers.manager2.id,
  },
} as const;
