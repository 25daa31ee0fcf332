import { round } from '../lib/figures';
import {
  hostSpeedLimit,
  leastHeldShare,
  shareHeld,
  speedThroughout,
  type HostSpeed,
} from '../lib/host-speed';
import { duringSummary, heldAround, type HostSpeedAround } from '../lib/host-moved-reruns';
import {
  hostSpeedLevel,
  hostSpeedLevelSentence,
  type HostSpeedLevel,
} from '../lib/usual-host-speed';
import type { BenchResult } from '../run-benchmarks';
import { markdownTable } from './markdown-table';

const n = (value: number) => value.toLocaleString('en-US');

/** The host's speed at a run's start (results written before it was measured have none), and against its usual. */
export function hostSpeedLine(h: HostSpeed, cpu: string): string {
  return (
    `Host speed at the start (lower is faster; compare it before comparing runs): a round trip to PostgreSQL ${h.roundTripUs} µs, ` +
    `a JavaScript loop of ${n(h.loopSteps)} steps ${h.javascriptMs} ms, PostgreSQL counting ${n(h.seriesRows)} generated rows ${h.postgresqlMs} ms ` +
    `(medians of ${h.repeats})${h.meltdown ? `; the kernel on Meltdown: ${h.meltdown}` : ''}. ` +
    `${capitalised(hostSpeedLevelSentence(cpu, h))}.`
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How often results that do not say sampled the host's speed in between (watchHostSpeed's first interval). */
const samplesEveryBefore = 10_000;

/** The results that were bracketed by two host-speed measurements, in the order given (the order they ran). */
function bracketed(results: Array<BenchResult | undefined>) {
  return results
    .filter((r): r is BenchResult & Required<Pick<BenchResult, 'hostSpeedAround'>> =>
      Boolean(r?.hostSpeedAround),
    )
    .map((r) => {
      const around = r.hostSpeedAround;
      const levels = [around.before, around.after]
        .map((speed) => hostSpeedLevel(r.machine?.cpu ?? '', speed))
        .filter((level): level is HostSpeedLevel => level !== undefined);
      const usual = levels[0]?.usual;
      // The share of the usual speed the samples in between came to (none without samples or a usual speed).
      const speedAgainstUsual =
        usual && around.during ? speedThroughout(around.during, usual.javascriptMs) : undefined;
      return {
        name: r.name,
        ...around,
        held: heldAround(around),
        levels,
        // At its ends and in between; unknown (undefined) for a CPU with no usual speed on record.
        atUsualSpeed: usual
          ? levels.every((level) => level.atUsualSpeed) && shareHeld(speedAgainstUsual)
          : undefined,
        speedAgainstUsual,
        setAside: r.setAside ?? [],
        sampleIntervalMs: r.hostSpeedSampleIntervalMs ?? samplesEveryBefore,
        reruns: r.options.rerunsWhenHostMoved,
      };
    });
}

/** The benchmarks during which the host's speed moved past its limits (none for older results). */
export function benchmarksOnAMovedHost(results: Array<BenchResult | undefined>): string[] {
  return bracketed(results)
    .filter((r) => !r.held)
    .map((r) => r.name);
}

/**
 * The benchmarks that started or ended with the host away from its usual speed for its CPU, or that it slowed under
 * in between (none for a CPU whose usual speed is not on record, or for older results): a host can hold still at half
 * its speed for minutes.
 */
export function benchmarksOffTheUsualSpeed(results: Array<BenchResult | undefined>): string[] {
  return bracketed(results)
    .filter((r) => r.atUsualSpeed === false)
    .map((r) => r.name);
}

/**
 * A table of the host's speed just before and right after each benchmark, and whether it held: the figures of a
 * benchmark the host moved under say more of the host than of the code. Empty for results written before it was
 * measured.
 */
export function hostSteadinessSection(results: Array<BenchResult | undefined>): string[] {
  const measured = bracketed(results);
  const anySetAside = measured.some((r) => r.setAside.length > 0);
  const anyDuring = measured.some((r) => r.during);
  const usual = measured.find((r) => r.levels[0])?.levels[0]?.usual;
  const rows = measured.map((r) => [
    r.name,
    `${r.before.javascriptMs} → ${r.after.javascriptMs}`,
    ...(anyDuring ? [r.during ? duringSummary(r.during, r.before.javascriptMs) : '–'] : []),
    `${r.before.postgresqlMs} → ${r.after.postgresqlMs}`,
    `${r.before.roundTripUs} → ${r.after.roundTripUs}`,
    r.held ? 'yes' : '**no**',
    ...(usual ? [levelCell(r.levels, r.atUsualSpeed, r.speedAgainstUsual)] : []),
    ...(anySetAside ? [setAsideCell(r.setAside)] : []),
  ]);
  if (rows.length === 0) return [];
  const reruns = Math.max(...measured.map((r) => r.reruns ?? 0));
  return [
    "The host's speed measured again after each benchmark (the same three pieces of work; before is the run's start, " +
      'the end of the benchmark before, or the end of its own attempt set aside). It held when the loop and the count moved by at most ' +
      `${Math.round((hostSpeedLimit - 1) * 100)} % either way (between quiet runs minutes apart, under a tenth); the ` +
      'round trip is shown, not judged, since anything else running moves it. The host under this machine kind ' +
      "slows and recovers unannounced, and figures measured across such a change are not comparable with other runs'." +
      (reruns > 0
        ? ` A benchmark the host moved under was run again (${reruns === 1 ? 'once at most' : `up to ${reruns} times`}, ` +
          "`BENCH_RERUNS_WHEN_HOST_MOVED`) on the same platform; the figures are the last attempt's" +
          (anySetAside ? ', and the host speeds of those set aside are listed.' : '.')
        : '') +
      (anyDuring
        ? ` In between, the same loop's CPU time was sampled every ${sampledEvery(measured)} s in a process of its own (CPU time, not wall ` +
          "time: the platform keeps both cores busy, and the host's slowing shows in the CPU time the loop takes): " +
          `the host held when the samples came to at least ${round(leastHeldShare, 2)} of the loop's speed before, on average ` +
          "(each sample's share of it; a faster one counts as whole, since one short loop on a core left alone for a moment " +
          'reads a fifth under the medians).'
        : '') +
      (usual
        ? ` At its usual speed: the loop and the count before and after within the same limit of what they took on this ` +
          `CPU in the minutes its runs of record were taken (${usual.javascriptMs} and ${usual.postgresqlMs} ms: ` +
          `${usual.from})${anyDuring ? ', and the samples in between as above against the usual loop' : ''}; a host can hold still at half its speed for minutes, and then its figures, CPU per request ` +
          'included, are not comparable with those runs either.'
        : ''),
    '',
    ...markdownTable(
      [
        'benchmark',
        'loop (ms)',
        ...(anyDuring ? ["loop's CPU time in between (ms)"] : []),
        'count (ms)',
        'round trip (µs)',
        'host held',
        ...(usual ? ['at its usual speed'] : []),
        ...(anySetAside ? ['attempts set aside (ms)'] : []),
      ],
      rows,
    ),
  ];
}

/** How often the benchmarks sampled in between did so, in seconds (each interval once, e.g. "2" or "10 or 2"). */
function sampledEvery(
  measured: ReadonlyArray<{ during?: number[]; sampleIntervalMs: number }>,
): string {
  const intervals = new Set(measured.filter((r) => r.during).map((r) => r.sampleIntervalMs / 1000));
  return [...intervals].join(' or ');
}

/**
 * Whether the host was at its usual speed throughout, with the slower end's timings over the usual and the share of
 * the usual speed the samples in between came to.
 */
function levelCell(
  levels: readonly HostSpeedLevel[],
  atUsualSpeed: boolean | undefined,
  speedInBetween: number | undefined,
): string {
  if (levels.length === 0) return '–';
  const slowest = Math.max(...levels.map((level) => Math.max(level.javascript, level.postgresql)));
  const between =
    speedInBetween === undefined ? '' : `; in between ${speedInBetween} of the usual speed`;
  return `${atUsualSpeed ? 'yes' : '**no**'} (${slowest}x at most at its ends${between})`;
}

/** The attempts a benchmark ran before the one recorded, each as the host's loop and count around it. */
function setAsideCell(setAside: readonly HostSpeedAround[]): string {
  if (setAside.length === 0) return '–';
  return setAside
    .map(
      ({ before, after }) =>
        `loop ${before.javascriptMs} → ${after.javascriptMs}, count ${before.postgresqlMs} → ${after.postgresqlMs}`,
    )
    .join('; ');
}
