import { expectedConsumers, kafkaGroupOf } from '../checker/expected-consumers';
import type { Fleet, Instance } from '../stack/fleet';
import type { ConsumerGroup, Recovery, RecoveryProbe } from './recovery-probe';

export interface ConsumerKill {
  instance: string;
  kind: 'restarted at once' | 'one of two';
  at: string;
  /** From the kill until the restarted process answered ready (restarted kills only). */
  restartMs?: number;
  recovery: Recovery;
}

/** The consumer groups of a service and the topics they read (the suite runs without a topic prefix). */
export function groupsOf(service: string): ConsumerGroup[] {
  return expectedConsumers
    .filter((c) => c.service === service)
    .flatMap((c) =>
      c.topics.map((topic) => ({ group: c.group, kafkaGroup: kafkaGroupOf(c.service), topic })),
    );
}

/**
 * kill -9 of a consuming instance, with events waiting on its partitions:
 * `traffic` publishes a burst of marketing leads right before the kill and
 * again right after it, which reach every service's topics within seconds. "restarted at once": the process is
 * started again immediately, as a supervisor would. "one of two": a second
 * instance of the service runs in the same groups and takes over; the killed
 * one is started again only after the recovery is measured.
 */
export async function killConsumer(
  fleet: Fleet,
  probe: RecoveryProbe,
  instance: Instance,
  kind: ConsumerKill['kind'],
  databaseUrl: string,
  traffic: () => Promise<void>,
): Promise<ConsumerKill> {
  const groups = groupsOf(instance.service);
  await traffic();
  const atKill = await probe.committed(groups);
  const killedAt = await fleet.kill9(instance);
  const more = traffic();
  let restartMs: number | undefined;
  const restarting =
    kind === 'restarted at once'
      ? fleet.start(instance).then(() => (restartMs = Date.now() - killedAt))
      : Promise.resolve();
  const recovery = await probe.measure(groups, atKill, killedAt, databaseUrl);
  await restarting;
  await more;
  if (kind === 'one of two') await fleet.start(instance);
  return {
    instance: fleet.instanceId(instance),
    kind,
    at: new Date(killedAt).toISOString(),
    restartMs,
    recovery,
  };
}
