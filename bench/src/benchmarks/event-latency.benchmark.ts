import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { BenchOptions } from '../lib/bench-options';
import { InOrderPoll } from '../lib/in-order-poll';
import { LatencyBook, type LatencySummary, type LatencyWindow } from '../lib/latency-book';
import { round } from '../lib/figures';
import { cpuPerUnit, type CpuPerUnit } from '../lib/platform-cpu';
import { leadCpuWindows, type LeadCpuWindows } from '../lead-events/lead-cpu-window';
import { LeadDatabaseProbe } from '../lead-events/lead-database-probe';
import { marketingLeadBatch } from '../lead-events/marketing-lead-batch';
import { MarketingTopic, withLeadDatabase } from '../lead-events/marketing-topic';
import { fitRuleCaps } from '../lead-events/rule-caps';
import type { BenchPlatform } from '../platform/bench-platform';

/**
 * Each poll asks about what `InOrderPoll` picks (a lead's partition is consumed in order, so a
 * partition's stored leads are a prefix of those published to it): every STRIDE-th of each
 * partition's oldest NEAR_WINDOW leads still awaited, then those before the first of them not
 * stored. Every FULL_EVERY-th poll (once a second at 5 ms) asks about all awaited leads (up to
 * 5,000) instead, which finds a lead stored out of its partition's order: counted, and none was.
 * Asking about every awaited lead at every poll, as `external_id = ANY($1)`, had PostgreSQL scan
 * the lead table once a few hundred were awaited: the probe's backend took 0.18 to 0.51 ms an
 * event, from the cores the platform runs on (LeadDatabaseProbe.stored, bench/journal.md).
 */
export const NEAR_WINDOW = 300;
export const STRIDE = 16;
export const FULL_EVERY = 200;
/** Publishing ticks: at 1,000/s, ten events per request. */
const TICK_MS = 10;
/** The paced phase's latencies are also read by fifth of its publishing. */
const PACED_STRETCHES = 5;

export interface LatencyPhase {
  /** Events per second asked for; 0 when unpaced (saturation). */
  targetRate: number;
  events: number;
  /** The rate at which marketing's sends were acknowledged. */
  publishRate: number;
  /** Events published over the time from the first publication to the last lead queryable. */
  endToEndRate: number;
  /** From just before the send to the start of the first poll that saw the lead. */
  latencyMs: LatencySummary;
  /**
   * From just before the send to the broker's acknowledgement of it (acks from all in-sync
   * replicas, one request in flight, so a send also waits for the one before it): at most what the
   * latency spent before the lead service could fetch the lead, which the broker appended before it
   * answered. Absent in results written before it was read.
   */
  acknowledgedMs?: LatencySummary;
  /**
   * Paced only: the latencies by fifth of the publishing, by when each lead was published. Alike in each where the
   * path kept up throughout; one stretch far above the others where a spell of the shared host left a queue, and
   * higher in each than in the one before where the queue never settled (absent in results written before it was
   * read).
   */
  latencyOverTime?: LatencyWindow[];
  /**
   * Leads found only by a poll over every awaited lead: stored out of their partition's order,
   * which the polls between assume none is (absent in results written before they did).
   */
  foundOutOfOrder?: number;
  /**
   * CPU of every platform process per event, from the first send until the platform is quiet
   * again (the lead events' relay and consumers included), less the probe's own PostgreSQL backend:
   * steadier than the rates on a shared machine.
   */
  cpuPerEvent: CpuPerUnit;
  /**
   * The benchmark's own CPU per event over the same window, not the platform's but taken from the
   * same cores: its process (marketing's producer, the polls, the bookkeeping) and the probe's
   * PostgreSQL backend. Absent in results written before it was read.
   */
  benchmarkCpuPerEvent?: { ms: number; process: number; probeBackend: number };
}

export interface EventLatencyResult {
  /** The shared machine's 1-minute load average when the benchmark ended. */
  loadAverageAtEnd: number;
  pollIntervalMs: number;
  paced: LatencyPhase;
  saturation: LatencyPhase;
}

/**
 * Benchmark 6: publish-to-queryable through the lead service. Marketing
 * publishes captured leads at a fixed rate (BENCH_RATE) for BENCH_LATENCY_SECONDS;
 * one connection polls the lead table every few milliseconds for the leads
 * not seen yet. Then the same number unpaced, for the rate at which ingest
 * saturates. One lead service instance; every lead new (no duplicates). A
 * fifth as many leads go through first, untimed, on the same instance.
 */
export async function eventLatencyBenchmark(
  platform: BenchPlatform,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<EventLatencyResult> {
  const rate = Number(process.env.BENCH_RATE || (options.reduced ? 20 : 1000));
  // 30 s, not the 10 it was: at 1,000/s the latency rose for 10 to 15 s on a host giving 0.75 to 0.83 of its
  // speed and came in bursts on one giving 0.9 and more (latencyOverTime, bench/journal.md), so one 10 s phase
  // held a rise or a burst or neither, and its p99 said more about the host's spells than about the path.
  const seconds = Number(process.env.BENCH_LATENCY_SECONDS || (options.reduced ? 3 : 30));
  const events = Math.round(rate * seconds);
  const pollMs = options.latencyPollMs ?? 5;
  const marketing = await MarketingTopic.open(platform);
  try {
    return await withLeadDatabase(platform, async (client) => {
      const probe = new LeadDatabaseProbe(client);
      const warmup = Math.ceil(events / 5);
      await fitRuleCaps(probe, 2 * events + warmup);
      const cpuWindow = await leadCpuWindows(platform, probe);
      // Untimed first: the intake's first leads find its code cold (not yet optimised by V8) and
      // its statements not yet prepared, a lag a paced phase of 10 s started with and worked off for
      // the rest of it (p50 1.1 to 2.1 s at 1,000/s, where unpaced it took 1,300/s).
      say(`    warming the intake up: ${warmup} marketing leads, untimed`);
      await latencyPhase(marketing, probe, cpuWindow, warmup, 0, pollMs);
      say(`    ${events} marketing leads at ${rate}/s`);
      const paced = await latencyPhase(marketing, probe, cpuWindow, events, rate, pollMs);
      say(
        `    p99 ${paced.latencyMs.p99} ms (by fifth of the publishing: ` +
          `${paced.latencyOverTime!.map((w) => w.p99).join(', ')}; the sends acknowledged at p99 ` +
          `${paced.acknowledgedMs?.p99} ms), ${paced.cpuPerEvent.ms} ms of CPU an event; ${events} unpaced`,
      );
      const saturation = await latencyPhase(marketing, probe, cpuWindow, events, 0, pollMs);
      say(`    ${saturation.endToEndRate}/s, ${saturation.cpuPerEvent.ms} ms of CPU an event`);
      return {
        loadAverageAtEnd: round(loadavg()[0], 2),
        pollIntervalMs: pollMs,
        paced,
        saturation,
      };
    });
  } finally {
    await marketing.close();
  }
}

async function latencyPhase(
  marketing: MarketingTopic,
  probe: LeadDatabaseProbe,
  cpuWindow: LeadCpuWindows,
  events: number,
  rate: number,
  pollMs: number,
): Promise<LatencyPhase> {
  const leads = marketingLeadBatch(`lt-${randomUUID().slice(0, 8)}`, events, 0).events;
  const book = new LatencyBook();
  const order = new InOrderPoll(NEAR_WINDOW, STRIDE);
  const window = cpuWindow();
  const ownBefore = process.cpuUsage();
  const sends: Array<Promise<unknown>> = [];
  const started = performance.now();
  let lastSeenAt = started;
  let publishing = true;
  const publish = async () => {
    let sent = 0;
    while (sent < events) {
      const due =
        rate > 0
          ? Math.min(events, Math.floor(((performance.now() - started) / 1000) * rate) + 1)
          : events;
      // Unpaced: requests of 500, all at once.
      const upTo = rate > 0 ? due : Math.min(events, sent + 500);
      if (upTo > sent) {
        const slice = leads.slice(sent, upTo);
        const at = performance.now();
        for (const lead of slice) {
          book.published(lead.externalId, at);
          order.add(lead.externalId, marketing.partitionOf(lead.externalId));
        }
        sends.push(
          marketing.publish(slice).then(() =>
            book.acknowledged(
              slice.map((lead) => lead.externalId),
              performance.now(),
            ),
          ),
        );
        sent = upTo;
      }
      if (rate > 0) await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(sends);
    publishing = false;
    return performance.now();
  };
  // A row the query sees was committed before the query started.
  const ask = async (ids: string[]): Promise<string[]> => {
    if (ids.length === 0) return [];
    const asked = performance.now();
    const found = await probe.stored(ids);
    for (const id of found) book.seen(id, asked);
    if (found.length > 0) lastSeenAt = asked;
    return found;
  };
  const poll = async () => {
    const deadline = Date.now() + 30 * 60_000;
    for (let sweep = 1; publishing || book.pendingCount > 0; sweep++) {
      if (Date.now() > deadline)
        throw new Error(`${book.pendingCount} leads not queryable after 30 minutes`);
      if (sweep % FULL_EVERY === 0) {
        const awaited = book.pending(5_000);
        order.seenBySweep(awaited, new Set(await ask(awaited)));
      } else {
        const found = new Set(await ask(order.samples()));
        for (const id of found) order.seen(id);
        for (const id of await ask(order.upToFrontier(found))) order.seen(id);
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  const [publishedAt] = await Promise.all([publish(), poll()]);
  // Also the wait before the next phase: it starts on a platform done with this one.
  const spent = await window.stop();
  const own = process.cpuUsage(ownBefore);
  const perEvent = (ms: number) => round(ms / events, 2);
  const ownMs = (own.user + own.system) / 1000;
  return {
    targetRate: rate,
    events,
    publishRate: round((events / (publishedAt - started)) * 1000),
    endToEndRate: round((events / (Math.max(lastSeenAt, publishedAt) - started)) * 1000),
    latencyMs: book.summary(),
    acknowledgedMs: book.acknowledgedSummary(),
    ...(rate > 0 && { latencyOverTime: book.overTime(started, PACED_STRETCHES) }),
    foundOutOfOrder: order.outOfOrder,
    cpuPerEvent: cpuPerUnit(spent, events),
    benchmarkCpuPerEvent: {
      ms: perEvent(ownMs + spent.excludedMs),
      process: perEvent(ownMs),
      probeBackend: perEvent(spent.excludedMs),
    },
  };
}
