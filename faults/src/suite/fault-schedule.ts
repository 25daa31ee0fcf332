import type { SuiteSize } from './suite-size';

export type FaultStep =
  | { kind: 'consumer kill'; service: 'lead' | 'account' | 'notification' | 'order' | 'planning' }
  | { kind: 'relay kill'; service: 'lead' | 'account' | 'order' }
  | { kind: 'broker restart'; hard: boolean }
  | { kind: 'database restart' };

/** Taking turns in this order: the reduced size's three kills hit lead, account and notification. */
const consumers = ['lead', 'account', 'notification', 'order', 'planning'] as const;
const relays = ['lead', 'order', 'account'] as const;

/**
 * The faults of the first phase, spread evenly: kill -9s taking turns over
 * the services, with the relay kills, broker restarts and database restarts
 * falling between them.
 */
export function faultSchedule(size: SuiteSize): FaultStep[] {
  const steps: Array<{ at: number; order: number; step: FaultStep }> = [];
  const spread = (count: number, make: (i: number) => FaultStep, order: number) => {
    for (let i = 0; i < count; i += 1) steps.push({ at: (i + 0.5) / count, order, step: make(i) });
  };
  spread(
    size.consumerKills,
    (i) => ({ kind: 'consumer kill', service: consumers[i % consumers.length] }),
    0,
  );
  spread(size.relayKills, (i) => ({ kind: 'relay kill', service: relays[i % relays.length] }), 1);
  spread(
    size.brokerRestarts,
    (i) => ({ kind: 'broker restart', hard: (i % 2 === 1) !== size.hardBrokerRestartFirst }),
    2,
  );
  spread(size.databaseRestarts, () => ({ kind: 'database restart' }), 3);
  return steps.sort((a, b) => a.at - b.at || a.order - b.order).map((s) => s.step);
}

/** A rough length of the schedule on a busy 2-core machine, to pace the flow's publishing over it. */
export function expectedDurationMs(size: SuiteSize): number {
  const seconds =
    size.consumerKills * 14 +
    size.relayKills * 12 +
    size.brokerRestarts * 60 +
    size.databaseRestarts * 30 +
    size.secondInstances.length * 30;
  return seconds * 1_000 + (size.consumerKills + size.relayKills + 4) * size.pauseMs;
}
