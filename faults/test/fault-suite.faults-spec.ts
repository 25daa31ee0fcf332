import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFaultSuite, type SuiteReport } from '../src/suite/fault-suite';
import { reportMarkdown } from '../src/suite/report-markdown';
import { suiteSizes } from '../src/suite/suite-size';
import { repoRoot } from '../src/stack/process-stack';

/**
 * The fault suite at its reduced size, inside `npm test`: its own PostgreSQL,
 * Kafka and service processes; every kind of fault once or twice; then the
 * independent checker. Its figures go to reports/faults/ (the full size's are
 * in docs/operations.md).
 */
describe('the fault suite, reduced size', () => {
  let report: SuiteReport;
  const dir = join(repoRoot, 'reports', 'faults');

  beforeAll(async () => {
    const logDir = join(dir, 'reduced-logs');
    mkdirSync(logDir, { recursive: true });
    const lines: string[] = [];
    // Written as it goes too: when the suite fails before its report, this says how far it got.
    const progress = join(dir, 'reduced-progress.log');
    writeFileSync(progress, '');
    report = await runFaultSuite(suiteSizes.reduced, {
      logDir,
      log: (line) => {
        lines.push(line);
        appendFileSync(progress, `${new Date().toISOString()} ${line}\n`);
      },
    });
    writeFileSync(join(dir, 'reduced.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'reduced.md'), `${reportMarkdown(report)}\n\n${lines.join('\n')}\n`);
  });

  it('injected every kind of fault', () => {
    const kills = report.faults.consumerKills;
    expect(kills.filter((k) => k.kind === 'restarted at once')).toHaveLength(3);
    // The fifth service is killed like the others.
    expect(kills.map((k) => k.instance)).toContain('notification-a');
    expect(kills.filter((k) => k.kind === 'one of two')).toHaveLength(1);
    expect(report.faults.relayKills).toHaveLength(1);
    expect(report.faults.brokerRestarts).toHaveLength(1);
    expect(report.faults.databaseRestarts).toHaveLength(1);
  });

  it('ran the flow through them: leads, conversions and orders to their end, none given up', () => {
    expect(report.flow.failures).toEqual([]);
    expect(report.check.events.distinct).toBeGreaterThanOrEqual(suiteSizes.reduced.minEvents);
    expect(report.check.effects.accountsFromConversions).toBeGreaterThan(0);
    expect(report.flow.invoiced).toBeGreaterThan(0);
    expect(report.flow.cancelled).toBeGreaterThan(0);
  });

  it('lost nothing, doubled nothing, kept every aggregate in order', () => {
    expect(report.check.examples).toEqual([]);
    expect({
      lost: report.check.lost,
      doubled: report.check.doubled,
      outOfOrder: report.check.outOfOrder,
    }).toEqual({
      lost: 0,
      doubled: 0,
      outOfOrder: 0,
    });
    expect(report.check.applications.applied).toBe(
      report.check.applications.due - report.check.applications.deadLettered,
    );
    expect(report.check.effects.leadsFromMarketing).toBe(report.flow.published);
  });

  it('raised the notifications of every alert event the notification service applied, once each', () => {
    const { notifications } = report.check;
    // Price approvals during the faults: the check is not vacuous.
    expect(notifications.alertEvents).toBeGreaterThan(0);
    expect(notifications.recipientsCompared).toBeGreaterThan(0);
    expect(notifications.notifications).toBeGreaterThanOrEqual(notifications.recipientsCompared);
  });

  it('keeps the derived totals exact: account revenue, attainment, contract consumption', () => {
    const { totals } = report.check;
    expect(totals.accountRevenue.exact).toBe(true);
    expect(totals.attainment.exact).toBe(true);
    expect(totals.contractConsumption.exact).toBe(true);
    expect(totals.accountRevenue.invoiced).not.toBe('0.00');
    expect(totals.contractConsumption.consumedValue).not.toBe('0.00');
  });

  it('dead-letters the poison event with its reason, and nothing else', () => {
    expect(report.check.faults.poisonDeadLettered).toBe(true);
    expect(report.check.faults.unexpectedDeadLetters).toBe(0);
  });

  it('parks the unpublishable row with the broker’s reason while other aggregates flow, then lets its lead go on', () => {
    const parked = report.faults.parkedRow;
    expect(parked.reason).toMatch(/MESSAGE_TOO_LARGE|too large/i);
    expect(parked.waitingHeldBack).toBe(true);
    expect(parked.othersPublishedMeanwhile).toBeGreaterThan(0);
    expect(parked.waitingPublishedAfterDiscard).toBe(true);
    expect(report.check.faults.parkedRowParkedAndDiscarded).toBe(true);
  });

  it('published the rows a killed relay had sent but not marked a second time, and applied them once', () => {
    expect(report.check.faults.relayKillRowsPublishedTwice).toBeGreaterThan(0);
  });

  it('consumes the partitions of a killed consumer again, and says how fast', () => {
    for (const kill of report.faults.consumerKills) {
      expect({ kill: kill.instance, basis: kill.recovery.basis }).not.toEqual({
        kill: kill.instance,
        basis: 'no work',
      });
      expect(kill.recovery.recoveryMs).toBeDefined();
    }
  });
});
