import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';

const { valve, valveXl, pump, sensor, service } = DemoProducts;

/** The demo key-account plans: what the seed writes and has approved, for the current year. */
export const demoPlans = [
  {
    account: DemoAccounts.globex,
    approver: DemoUsers.manager,
    objectives: [
      'Grow pump revenue by a third with the plant extension in Q3',
      'Make Globex a reference customer for the DN100 valve',
    ],
    competitorDefenceNotes:
      'Acme Flow undercuts our pump prices by about 8 %. Defend with the maintenance bundle and a three-year supply contract; keep the technical decision makers close.',
    targets: [
      { productId: valve.id, revenue: '60000.00', margin: '28000.00' },
      { productId: valveXl.id, revenue: '40000.00', margin: '18000.00' },
      { productId: pump.id, revenue: '90000.00', margin: '36000.00' },
      { productId: sensor.id, revenue: '12000.00', margin: '7000.00' },
      { productId: service.id, revenue: '24000.00', margin: '11000.00' },
    ],
    actions: [
      {
        description: 'Quarterly business review with Globex purchasing and engineering',
        ownerId: DemoUsers.accountManager.id,
        inDays: 30,
      },
      {
        description: 'Technical workshop on DN100 valves with the Globex plant engineers',
        ownerId: DemoUsers.technician.id,
        inDays: 45,
      },
      {
        description: 'Answer Acme Flow’s pump offer with a three-year supply contract proposal',
        ownerId: DemoUsers.accountManager.id,
        inDays: 14,
      },
    ],
  },
  {
    account: DemoAccounts.initech,
    approver: DemoUsers.manager2,
    objectives: [
      'Win the sensor retrofit of line 3',
      'Renew the maintenance agreement before it expires',
    ],
    competitorDefenceNotes:
      'A low-cost sensor importer is trialled on line 2. Show total cost of ownership, offer calibration service with the retrofit.',
    targets: [
      { productId: valve.id, revenue: '30000.00', margin: '14000.00' },
      { productId: pump.id, revenue: '120000.00', margin: '48000.00' },
      { productId: sensor.id, revenue: '20000.00', margin: '12000.00' },
      { productId: service.id, revenue: '36000.00', margin: '16800.00' },
    ],
    actions: [
      {
        description: 'Executive sponsor meeting with Initech’s COO',
        ownerId: DemoUsers.accountManager2.id,
        inDays: 21,
      },
      {
        description: 'Sensor retrofit proposal for Initech line 3',
        ownerId: DemoUsers.technician.id,
        inDays: 60,
      },
    ],
  },
] as const;
