import { cpus, loadavg, totalmem } from 'node:os';
import { generateInternalKeyPair } from '@salesgraph/identity';
import { runChecker, type CheckReport } from '../checker/checker';
import { killConsumer, type ConsumerKill } from '../faults/consumer-kill';
import { RecoveryProbe } from '../faults/recovery-probe';
import { killRelayBetweenPublishAndMark, type RelayKill } from '../faults/relay-kill';
import { UnpublishableRow, type ParkedRowEvidence } from '../faults/unpublishable-row';
import { OwnInfrastructure } from '../infra/own-infrastructure';
import { Fleet, type Instance, type ServiceName } from '../stack/fleet';
import { platformEnv } from '../stack/process-stack';
import { Flow, type FlowResult } from '../workload/flow';
import { MarketingPublisher } from '../workload/marketing-publisher';
import { SubgraphClient } from '../workload/subgraph-client';
import { expectedDurationMs, faultSchedule, type FaultStep } from './fault-schedule';
import { awaitQuiescence } from './quiescence';
import { summarise, type RecoverySummary } from './recovery-summary';
import type { SuiteSize } from './suite-size';

export interface Restart {
  hard?: boolean;
  at: string;
  downMs: number;
  /** From the restart until every service answered ready again. */
  readyMs: number;
}

export interface SuiteReport {
  size: SuiteSize['name'];
  startedAt: string;
  durationMs: number;
  machine: {
    cpus: number;
    model: string;
    memoryGb: number;
    loadAtStart: number[];
    loadAtEnd: number[];
  };
  flow: Omit<FlowResult, 'finishedOrders'> & { invoiced: number; cancelled: number };
  faults: {
    consumerKills: ConsumerKill[];
    relayKills: RelayKill[];
    brokerRestarts: Restart[];
    databaseRestarts: Restart[];
    poisonKey: string;
    parkedRow: ParkedRowEvidence;
    serviceStarts: number;
  };
  recovery: { restartedAtOnce: RecoverySummary; oneOfTwo: RecoverySummary };
  check: CheckReport;
  passed: boolean;
}

const order: ServiceName[] = ['planning', 'order', 'account', 'lead', 'notification'];

/** What a Ctrl-C must stop: set while a suite runs. */
let running: { fleet?: Fleet; infra: OwnInfrastructure } | undefined;

/** Stops the processes and servers of the running suite, for an interrupted run. */
export async function emergencyStop(): Promise<void> {
  const current = running;
  running = undefined;
  await current?.fleet?.stopAll(2_000).catch(() => undefined);
  await current?.infra.destroy().catch(() => undefined);
}

/**
 * The fault suite: its own PostgreSQL and Kafka, the five services as
 * processes, the flow, the faults of the schedule, then a second instance of
 * services and one of the two killed; then, at rest, the independent checker.
 */
export async function runFaultSuite(
  size: SuiteSize,
  options: { logDir: string; log: (line: string) => void },
): Promise<SuiteReport> {
  const { log } = options;
  const started = Date.now();
  const loadAtStart = loadavg();
  const infra = new OwnInfrastructure(log);
  running = { infra };
  let fleet: Fleet | undefined;
  let recoveryProbe: RecoveryProbe | undefined;
  try {
    const where = await infra.start();
    const keys = await generateInternalKeyPair('fault-suite');
    const { serviceEnv } = platformEnv({
      databaseUrls: where.databaseUrls,
      kafkaBrokers: where.kafkaBrokers.join(','),
      topicPrefix: '',
      ports: { lead: 0, account: 0, order: 0, planning: 0, notification: 0, gateway: 0 },
      internalKeys: keys,
      issuer: {
        url: 'https://id.faults.salesgraph.test',
        audience: 'faults',
        publicJwk: keys.publicJwk,
      },
      nodeEnv: 'production',
      logLevel: process.env.FAULTS_SERVICE_LOG_LEVEL ?? 'warn',
    });
    const liveFleet = new Fleet({
      // No mail relay in the suite: notification logs its e-mails (production refuses to start otherwise).
      serviceEnv: (name) =>
        name === 'notification'
          ? { ...serviceEnv(name), EMAIL_LOG_ONLY: 'true' }
          : serviceEnv(name),
      logDir: options.logDir,
      log,
    });
    fleet = liveFleet;
    if (running) running.fleet = liveFleet;
    log('starting the five services');
    await Promise.all(order.map((service) => liveFleet.add(service, 'a')));
    // Teams first (the others need them), then the catalogue and the key accounts side by side;
    // the lead seed's demo leads and rules are not needed.
    log('seeding planning');
    await liveFleet.runSeed('planning');
    log('seeding order and account');
    await Promise.all([liveFleet.runSeed('order'), liveFleet.runSeed('account')]);
    recoveryProbe = new RecoveryProbe(where.kafkaBrokers);
    const probe = recoveryProbe;
    const publisher = new MarketingPublisher(
      where.kafkaBrokers,
      'marketing.leads.v1',
      started.toString(36),
    );
    const flow = new Flow(
      new SubgraphClient(liveFleet, keys.privateJwk),
      publisher,
      {
        leads: size.leads,
        workEvery: size.workEvery,
        callOffs: size.callOffs,
        cancelEvery: size.cancelEvery,
        approvalEvery: size.approvalEvery,
        poisonAfter: size.poisonAfter,
        publishOverMs: expectedDurationMs(size),
        concurrency: size.concurrency,
      },
      log,
    );
    await flow.setup();

    flow.start();
    // Among the lead service's events, one the broker refuses, and the same lead's next behind it.
    const parked = new UnpublishableRow(where.databaseUrls.lead);
    await parked.inject();
    await parked.awaitParked();
    log(`oversized outbox row parked: ${parked.evidence.reason}`);
    const ticker = setInterval(() => log(`flow: ${flow.progress()}`), 20_000);
    const kills: ConsumerKill[] = [];
    const relayKills: RelayKill[] = [];
    const brokerRestarts: Restart[] = [];
    const databaseRestarts: Restart[] = [];
    const instanceA = (service: ServiceName) =>
      liveFleet.all().find((i) => i.service === service && i.label === 'a') as Instance;
    const allReady = async (since: number) => {
      for (const instance of liveFleet.all()) await liveFleet.awaitReady(instance);
      return Date.now() - since;
    };
    try {
      for (const step of faultSchedule(size)) {
        await pauseBetween(size.pauseMs);
        log(`fault: ${describe(step)}`);
        if (step.kind === 'consumer kill') {
          const kill = await killConsumer(
            liveFleet,
            probe,
            instanceA(step.service),
            'restarted at once',
            where.databaseUrls[step.service],
            () => flow.burst(),
          );
          kills.push(kill);
          log(
            `  recovered in ${kill.recovery.recoveryMs ?? 'NOT'} ms (${kill.recovery.basis}), restart ${kill.restartMs} ms`,
          );
        } else if (step.kind === 'relay kill') {
          relayKills.push(
            await killRelayBetweenPublishAndMark(
              liveFleet,
              step.service,
              where.databaseUrls[step.service],
            ),
          );
        } else if (step.kind === 'broker restart') {
          const at = Date.now();
          const downMs = await infra.restartKafka(step.hard);
          brokerRestarts.push({
            hard: step.hard,
            at: new Date(at).toISOString(),
            downMs,
            readyMs: await allReady(at),
          });
        } else {
          const at = Date.now();
          const downMs = await infra.restartPostgres();
          databaseRestarts.push({
            at: new Date(at).toISOString(),
            downMs,
            readyMs: await allReady(at),
          });
        }
      }
      // Two instances in one group, then one of them killed: the other takes its partitions.
      for (const service of size.secondInstances) {
        log(`second instance of ${service}`);
        await liveFleet.add(service, 'b');
      }
      for (const service of size.secondInstances) {
        await pauseBetween(size.pauseMs);
        log(`fault: kill -9 ${service}-a of two`);
        const kill = await killConsumer(
          liveFleet,
          probe,
          instanceA(service),
          'one of two',
          where.databaseUrls[service],
          () => flow.burst(),
        );
        kills.push(kill);
        log(`  taken over in ${kill.recovery.recoveryMs ?? 'NOT'} ms (${kill.recovery.basis})`);
      }
    } finally {
      clearInterval(ticker);
      flow.finishSoon();
    }
    log('faults over; the flow finishes');
    const flowResult = await flow.done();
    log(`flow: ${flow.progress()}`);
    await parked.discard('fault-suite');
    log('parked row discarded; waiting for the platform to come to rest');
    await awaitQuiescence(where.kafkaBrokers, '', where.databaseUrls, 600_000, log);
    const serviceStarts = liveFleet.all().reduce((n, i) => n + i.starts, 0);
    await liveFleet.stopAll();

    log('checking');
    const check = await runChecker({
      brokers: where.kafkaBrokers,
      topicPrefix: '',
      databaseUrls: where.databaseUrls,
      acknowledgedLeads: publisher.acknowledged.map((l) => ({
        eventId: l.eventId,
        externalId: l.externalId,
      })),
      injected: {
        poisonKey: publisher.poisonKey,
        parkedRow: {
          service: 'lead',
          id: parked.evidence.id,
          waitingId: parked.evidence.waitingId,
        },
        relayKillRows: relayKills.map((k) => ({ service: k.service, ids: k.rowIds })),
      },
    });
    const { finishedOrders, ...flowFigures } = flowResult;
    const report: SuiteReport = {
      size: size.name,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model ?? '?',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadAtStart,
        loadAtEnd: loadavg(),
      },
      flow: {
        ...flowFigures,
        invoiced: finishedOrders.filter((o) => o.status === 'INVOICED').length,
        cancelled: finishedOrders.filter((o) => o.status === 'CANCELLED').length,
      },
      faults: {
        consumerKills: kills,
        relayKills,
        brokerRestarts,
        databaseRestarts,
        poisonKey: publisher.poisonKey,
        parkedRow: parked.evidence,
        serviceStarts,
      },
      recovery: {
        restartedAtOnce: summarise(kills.filter((k) => k.kind === 'restarted at once')),
        oneOfTwo: summarise(kills.filter((k) => k.kind === 'one of two')),
      },
      check,
      passed: false,
    };
    report.passed =
      check.passed &&
      flowResult.failures.length === 0 &&
      check.events.distinct >= size.minEvents &&
      kills.every((k) => k.recovery.recoveryMs !== undefined);
    return report;
  } finally {
    await fleet?.stopAll().catch(() => undefined);
    await recoveryProbe?.disconnect();
    await infra.destroy();
    running = undefined;
  }
}

function describe(step: FaultStep): string {
  if (step.kind === 'consumer kill') return `kill -9 ${step.service}, restarted at once`;
  if (step.kind === 'relay kill')
    return `kill -9 ${step.service}'s relay between publishing and marking`;
  if (step.kind === 'broker restart')
    return step.hard ? 'kill -9 the Kafka broker and start it' : 'restart the Kafka broker';
  return 'restart PostgreSQL';
}

function pauseBetween(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
