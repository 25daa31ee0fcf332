import {
  FULL_EVERY,
  NEAR_WINDOW,
  STRIDE,
  type EventLatencyResult,
  type LatencyPhase,
} from '../benchmarks/event-latency.benchmark';
import type { LeadIngestResult } from '../benchmarks/lead-ingest.benchmark';
import { TAIL_EVENTS, TAIL_POLL_MS } from '../lead-events/ingest-tail';
import type { CpuPerUnit } from '../lib/platform-cpu';
import type { BenchResult } from '../run-benchmarks';
import { markdownTable } from './markdown-table';

/** When, and how loaded the shared machine was: at two cores, a load of 30 leaves a process a fifteenth of one. */
function when(result: BenchResult<{ loadAverageAtEnd?: number }>): string[] {
  const m = result.machine;
  return [
    `${result.reduced ? 'Reduced run (BENCH_REDUCED=1: small N, figures from seconds of work). ' : ''}Run at ${m.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}; load average ${m.loadAverage} at the start of the run${result.figures.loadAverageAtEnd === undefined ? '' : `, ${result.figures.loadAverageAtEnd} at the end of this benchmark`}.`,
    '',
  ];
}

/** A CPU-per-unit cell; results written before it was measured have none. */
function cpuCell(cpu: CpuPerUnit | undefined): string {
  return cpu ? String(cpu.ms) : '–';
}

/** Where the CPU per unit went, largest first: `lead 0.61, postgresql 0.52, …`. */
function cpuBreakdown(cpu: CpuPerUnit | undefined): string {
  if (!cpu) return 'not measured in this run';
  return Object.entries(cpu.byProcess)
    .sort(([, a], [, b]) => b - a)
    .map(([name, ms]) => `${name} ${ms}`)
    .join(', ');
}

/** Section 5: ingest with one and two lead service instances, the COPY bound, fairness. */
export function leadIngestSection(result: BenchResult<LeadIngestResult>): string[] {
  const f = result.figures;
  const rows = [f.single, f.double].map((p) => [
    `${p.instances} lead service instance${p.instances > 1 ? 's' : ''}`,
    String(p.events),
    `${p.distinctLeads} (merged: ${p.duplicates.resent} re-sent, ${p.duplicates.recaptured} captured again)`,
    String(p.publishSeconds),
    String(p.seconds),
    `${p.leadsPerSecond}`,
    `${p.eventsPerSecond}`,
    cpuCell(p.cpuPerLead as CpuPerUnit | undefined),
  ]);
  rows.push([
    'raw COPY of the one-instance run’s rows (bound)',
    '–',
    String(f.copy.rows),
    '–',
    '–',
    String(f.copy.rowsPerSecond),
    '–',
    '–',
  ]);
  const over = f.fairness.reps.filter((r) => r.open > f.fairness.capPerRep).length;
  return [
    ...when(result),
    `Marketing publishes N captured leads at once (one in ten a person already published: re-sent`,
    'with the same externalId or captured again under another); timed from the first send until every event is consumed',
    `(the last ${TAIL_EVENTS}, which hold every partition’s last, asked about every ${TAIL_POLL_MS} ms, then all of them once): the intake`,
    'stores a lead, assigned by the demo rules, with its outbox rows and its event’s inbox row in one transaction. Every',
    'lead is then checked stored, assigned and with its LeadCaptured and LeadAssigned outbox rows. Each',
    'timed run follows an untimed one of half as many other leads on the same instances (warm code and statements). The',
    'bound: the same lead rows read back and written by one raw `COPY FROM STDIN` (pg-copy-streams; median of',
    `${f.copy.attempts}) into a table made \`LIKE lead INCLUDING ALL\`, in the same database.`,
    '',
    ...markdownTable(
      [
        'run',
        'events',
        'leads stored',
        'publish (s)',
        'until all assigned (s)',
        'leads/s',
        'events/s',
        'CPU per lead (ms)',
      ],
      rows,
    ),
    '',
    'CPU per lead: every platform process (services, gateway, order administration, PostgreSQL with its',
    'backends, Kafka) from the first send until the platform is quiet again (the relay and the consumers of',
    "the lead events included), less the benchmark's own PostgreSQL connection, over the leads stored. By",
    `process, one instance: ${cpuBreakdown(f.single.cpuPerLead as CpuPerUnit | undefined)}.`,
    '',
    `Ingest over the COPY bound: **${f.ingestOverCopy}x** (target ≥ 0.3x). Two instances over one: **${f.twoOverOne}x**`,
    '(target ≥ 1.6x). Target ≥ 10,000 leads/s. No target is asserted.',
    '',
    `Fairness after both runs: the rules' cap set to ${f.fairness.capPerRep} open leads per rep for the run;`,
    `${over === 0 ? 'no rep over it' : `**${over} rep(s) over it**`}; open leads per rep ${f.fairness.reps
      .map((r) => `${r.ownerId} ${r.open}`)
      .join(', ')}; most less fewest within a team: ${Object.values(f.fairness.spreadByTeam).join(
      ', ',
    )}.`,
    '',
  ];
}

/**
 * `describe` of each phase, named paced or unpaced, leaving out a phase it gives nothing for (what it reads is
 * absent from results written before it was measured).
 */
function eachPhase(
  f: EventLatencyResult,
  describe: (p: LatencyPhase) => string | undefined,
): string[] {
  return [f.paced, f.saturation].flatMap((p) => {
    const described = describe(p);
    return described === undefined
      ? []
      : [`${p.targetRate > 0 ? 'paced' : 'unpaced'} ${described}`];
  });
}

/**
 * What the benchmark itself took from the same cores (results written before it was read have none): at a fixed
 * rate, the platform's latency depends on how busy the cores are, and the load generator is part of that.
 */
function benchmarkCpuLines(f: EventLatencyResult): string[] {
  const described = eachPhase(f, ({ benchmarkCpuPerEvent: b }) =>
    b
      ? `${b.ms} ms an event (its process ${b.process}, the probe's backend ${b.probeBackend})`
      : undefined,
  );
  if (described.length === 0) return [];
  return [
    "The benchmark's own CPU, not counted above but spent on the same cores (marketing's producer, the polls, the " +
      `probe's backend): ${described.join('; ')}.`,
  ];
}

/**
 * How long marketing's sends waited for the broker (results written before it was read have none):
 * the part of an event's latency before the lead service could fetch it is at most that.
 */
function acknowledgementLines(f: EventLatencyResult): string[] {
  const described = eachPhase(f, ({ acknowledgedMs: a }) =>
    a ? `${a.p50} / ${a.p95} / ${a.p99} / ${a.max} ms` : undefined,
  );
  if (described.length === 0) return [];
  return [
    "Publish → the broker's acknowledgement of the send (p50 / p95 / p99 / max; one request in flight, so a send",
    'also waits for the one before it), at most the part of the latency spent before the lead service could fetch',
    `the lead: ${described.join('; ')}.`,
  ];
}

/**
 * The paced phase's latency by when the leads were published (results written before it was read have none): alike
 * in each stretch where the path kept up throughout; one stretch far above the others where a spell of the shared
 * host's left a queue behind, and a rise from one to the next where the queue never settled (bench/journal.md).
 */
function overTimeLines(f: EventLatencyResult): string[] {
  const stretches = f.paced.latencyOverTime;
  if (!stretches) return [];
  return [
    `Paced, by when the leads were published (p50 / p99 ms, the ${f.paced.events} leads in ${stretches.length} stretches of the`,
    `publishing): ${stretches.map((w) => `${w.fromS} to ${w.toS} s ${w.p50} / ${w.p99}`).join('; ')}.`,
    'Alike in each where the path kept up throughout; one stretch far above the others holds a queue a spell of the',
    'shared host left behind, and a rise from one to the next a queue that never settled.',
  ];
}

/** How the lead table was polled: in partition order since `foundOutOfOrder` was recorded, every awaited lead before. */
function pollDescription(f: EventLatencyResult): string[] {
  const inOrder = [f.paced, f.saturation].every((p) => p.foundOutOfOrder !== undefined);
  if (!inOrder)
    return [
      'Marketing publishes captured leads (all new) on marketing.leads.v1; one connection polls the',
      `lead table every ${f.pollIntervalMs} ms for the oldest 300 leads not seen yet, and every ${f.pollIntervalMs * 20} ms for up to 5,000`,
      'of them.',
    ];
  const outOfOrder = f.paced.foundOutOfOrder! + f.saturation.foundOutOfOrder!;
  return [
    'Marketing publishes captured leads (all new) on marketing.leads.v1, keyed by their external id. A',
    "partition's events are consumed in order, so its stored leads are a prefix of those published to it: one",
    `connection polls the lead table every ${f.pollIntervalMs} ms for every ${STRIDE}th of each partition's oldest`,
    `${NEAR_WINDOW} leads not seen yet, then for those before the first of them not stored, which sees every lead`,
    'a poll over all of them would at a cost that follows what was stored since, not the backlog; every',
    `${f.pollIntervalMs * FULL_EVERY} ms it asks about every lead not seen (up to 5,000), which would find one stored out of order:`,
    `${outOfOrder === 0 ? 'none was' : `**${outOfOrder} were**, and their latencies are a sweep's, not a poll's`}.`,
  ];
}

/** Section 6: publish-to-queryable at a fixed rate and unpaced. */
export function eventLatencySection(result: BenchResult<EventLatencyResult>): string[] {
  const f = result.figures;
  const rows = [f.paced, f.saturation].map((p) => [
    p.targetRate > 0 ? `paced at ${p.targetRate}/s` : 'unpaced (saturation)',
    String(p.events),
    `${p.publishRate}/s`,
    `${p.endToEndRate}/s`,
    `${p.latencyMs.p50} / ${p.latencyMs.p95} / ${p.latencyMs.p99} / ${p.latencyMs.max}`,
    cpuCell(p.cpuPerEvent as CpuPerUnit | undefined),
  ]);
  return [
    ...when(result),
    ...pollDescription(f),
    'Latency is from just before the send to the',
    'start of the first poll that sees the lead stored and assigned (one transaction). One lead service instance,',
    'which first takes a fifth as many leads untimed (warm code and statements).',
    '',
    ...markdownTable(
      [
        'run',
        'events',
        'publish rate',
        'end-to-end rate',
        'publish → queryable p50 / p95 / p99 / max (ms)',
        'CPU per event (ms)',
      ],
      rows,
    ),
    '',
    'CPU per event: every platform process from the first send until the platform is quiet again, less the',
    "probe's own PostgreSQL connection (each phase starts on a quiet platform). By process, unpaced:",
    `${cpuBreakdown(f.saturation.cpuPerEvent as CpuPerUnit | undefined)}.`,
    ...benchmarkCpuLines(f),
    ...acknowledgementLines(f),
    ...overTimeLines(f),
    '',
    'Target: p99 ≤ 100 ms at 1,000 events/s; not asserted. Above the saturation rate the latency is queueing.',
    '',
  ];
}
