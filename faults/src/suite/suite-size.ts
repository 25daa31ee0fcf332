import type { ServiceName } from '../stack/fleet';

/** How much the suite does: the full size for the written figures, the reduced one inside `npm test`. */
export interface SuiteSize {
  name: 'full' | 'reduced';
  leads: number;
  workEvery: number;
  callOffs: number;
  cancelEvery: number;
  /** Every n-th worked lead's order needs a price approval (alerts the notification service must apply). */
  approvalEvery: number;
  /** kill -9 of a service's only instance, restarted at once, taking turns over the services. */
  consumerKills: number;
  relayKills: number;
  /** Restarts alternate: graceful first, then kill -9 (`hardFirst` starts with kill -9). */
  brokerRestarts: number;
  hardBrokerRestartFirst: boolean;
  databaseRestarts: number;
  /** Services that get a second instance in the same groups, one of the two then killed. */
  secondInstances: ServiceName[];
  /** The poison record goes out among the first 1,000 leads, after this many. */
  poisonAfter: number;
  /** Pause between faults, so that the flow moves on between them. */
  pauseMs: number;
  concurrency: number;
  /** At least this many distinct events must be on the topics at the end. */
  minEvents: number;
}

export const suiteSizes: Record<SuiteSize['name'], SuiteSize> = {
  full: {
    name: 'full',
    leads: 2_200,
    workEvery: 6,
    callOffs: 90,
    cancelEvery: 7,
    approvalEvery: 3,
    // Twelve per service, the fifth (notification) included.
    consumerKills: 60,
    relayKills: 3,
    brokerRestarts: 2,
    hardBrokerRestartFirst: false,
    databaseRestarts: 2,
    secondInstances: ['lead', 'account', 'order', 'planning', 'notification'],
    poisonAfter: 500,
    pauseMs: 3_000,
    concurrency: 6,
    minEvents: 10_000,
  },
  reduced: {
    name: 'reduced',
    leads: 300,
    workEvery: 6,
    callOffs: 10,
    cancelEvery: 7,
    approvalEvery: 3,
    // lead, account and notification (the one group over several topics), once each.
    consumerKills: 3,
    relayKills: 1,
    brokerRestarts: 1,
    // A killed broker comes back sooner than one that shuts down in order: the reduced run is short.
    hardBrokerRestartFirst: true,
    databaseRestarts: 1,
    secondInstances: ['lead'],
    poisonAfter: 150,
    pauseMs: 1_000,
    concurrency: 4,
    minEvents: 1_000,
  },
};
