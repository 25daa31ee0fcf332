import type { RecoverySummary } from './recovery-summary';
import type { SuiteReport } from './fault-suite';

const s = (ms?: number) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);

function recoveryLine(name: string, r: RecoverySummary): string {
  return `| ${name} | ${r.kills} | ${r.measured} | ${s(r.minMs)} | ${s(r.medianMs)} | ${s(r.p90Ms)} | ${s(r.maxMs)} | ${r.within10s} of ${r.measured} |`;
}

/** The figures of a run, as a table for docs/operations.md. */
export function reportMarkdown(r: SuiteReport): string {
  const c = r.check;
  const kills = r.faults.consumerKills;
  const lines = [
    `## Fault suite, ${r.size} size: ${r.passed ? 'PASSED' : 'FAILED'}`,
    '',
    `Run ${r.startedAt}, ${Math.round(r.durationMs / 60_000)} min, on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GB; load average ${r.machine.loadAtStart.map((l) => l.toFixed(1)).join(' / ')} at the start, ${r.machine.loadAtEnd.map((l) => l.toFixed(1)).join(' / ')} at the end.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| events (distinct, on the event topics) | ${c.events.distinct} (${Object.entries(
      c.events.byTopic,
    )
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}) |`,
    `| records on the topics (published again after a relay kill, absorbed) | ${c.events.records} (${c.events.redelivered}) |`,
    `| applications due / applied / dead-lettered | ${c.applications.due} / ${c.applications.applied} / ${c.applications.deadLettered} |`,
    `| marketing leads acknowledged / stored once | ${r.flow.published} / ${c.effects.leadsFromMarketing} |`,
    `| conversions -> accounts; won opportunities -> orders | ${c.effects.accountsFromConversions}; ${c.effects.ordersFromWonOpportunities} |`,
    `| alert events applied by notification -> notifications (each once per recipient; recipients compared for ${c.notifications.recipientsCompared} price-approval events) | ${c.notifications.alertEvents} -> ${c.notifications.notifications} |`,
    `| orders taken to their end (invoiced / cancelled) | ${r.flow.invoiced} / ${r.flow.cancelled} (flow failures: ${r.flow.failures.length}, call-offs with a lost answer: ${r.flow.unacknowledgedCallOffs}) |`,
    `| kill -9 of a consumer, restarted at once | ${kills.filter((k) => k.kind === 'restarted at once').length} |`,
    `| kill -9 of one of two instances | ${kills.filter((k) => k.kind === 'one of two').length} |`,
    `| kill -9 of a relay between publishing and marking | ${r.faults.relayKills.length} (rows in flight ${c.faults.relayKillRows}, on the topic twice ${c.faults.relayKillRowsPublishedTwice}) |`,
    `| Kafka broker restarts | ${r.faults.brokerRestarts.map((b) => `${b.hard ? 'kill -9' : 'graceful'}: down ${s(b.downMs)}, all ready after ${s(b.readyMs)}`).join('; ')} |`,
    `| PostgreSQL restarts | ${r.faults.databaseRestarts.map((d) => `down ${s(d.downMs)}, all ready after ${s(d.readyMs)}`).join('; ')} |`,
    `| service process starts (first starts included) | ${r.faults.serviceStarts} |`,
    `| poison event among the first 1,000 | ${c.faults.poisonDeadLettered ? 'dead-lettered with its reason' : 'NOT dead-lettered'}; unexpected dead letters ${c.faults.unexpectedDeadLetters} |`,
    `| unpublishable outbox row | parked after ${r.faults.parkedRow.attempts} refusals (${r.faults.parkedRow.reason}); its lead's next row held back: ${r.faults.parkedRow.waitingHeldBack}; ${r.faults.parkedRow.othersPublishedMeanwhile} rows of other aggregates published meanwhile; discarded, next row published: ${r.faults.parkedRow.waitingPublishedAfterDiscard} |`,
    `| **lost / doubled / out of order** | **${c.lost} / ${c.doubled} / ${c.outOfOrder}** |`,
    `| account revenue, booked / invoiced (order vs account) | ${c.totals.accountRevenue.booked} / ${c.totals.accountRevenue.invoiced}, ${c.totals.accountRevenue.exact ? 'exact' : 'NOT exact'} |`,
    `| attainment, booked / invoiced (order vs planning) | ${c.totals.attainment.booked} / ${c.totals.attainment.invoiced}, ${c.totals.attainment.exact ? 'exact' : 'NOT exact'} |`,
    `| contract consumption (${c.totals.contractConsumption.commitments} commitments, value) | ${c.totals.contractConsumption.consumedValue}, ${c.totals.contractConsumption.exact ? 'exact' : 'NOT exact'} |`,
    `| team and account directories (${c.directories.teamMembers} members, ${c.directories.accounts} accounts) | ${c.counts.directory === 0 ? 'equal to their sources everywhere' : `${c.counts.directory} differences`} |`,
    '',
    '| recovery after kill -9 | kills | measured | min | median | p90 | max | within 10 s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    recoveryLine('restarted at once', r.recovery.restartedAtOnce),
    recoveryLine('one of two instances', r.recovery.oneOfTwo),
  ];
  if (c.examples.length)
    lines.push(
      '',
      'Findings (first of each check):',
      '',
      ...c.examples.map((f) => `- ${f.kind}, ${f.check}: ${f.detail}`),
    );
  if (r.flow.failures.length)
    lines.push('', 'Flow failures:', '', ...r.flow.failures.slice(0, 10).map((f) => `- ${f}`));
  return `${lines.join('\n')}\n`;
}
