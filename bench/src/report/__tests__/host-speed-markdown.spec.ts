import { hostSpeedOf } from '../../lib/__tests__/host-speed-fixture';
import type { BenchResult } from '../../run-benchmarks';
import { benchmarksOnAMovedHost, hostSteadinessSection } from '../host-speed-markdown';

const speed = (javascriptMs: number) => hostSpeedOf(javascriptMs);

/** A result as a run writes it, with only what the host's sections read. */
function result(
  name: BenchResult['name'],
  around?: { before: number; after: number },
): BenchResult {
  return {
    name,
    reduced: false,
    machine: {} as BenchResult['machine'],
    options: {} as BenchResult['options'],
    ...(around && {
      hostSpeedAround: { before: speed(around.before), after: speed(around.after) },
    }),
    figures: {},
  };
}

describe("the host's speed in BENCHMARKS.md", () => {
  it('has a row per bracketed benchmark, in the order given, and names the one the host moved under', () => {
    const results = [
      result('at-rest', { before: 160, after: 165 }),
      undefined, // not run
      result('lead-ingest', { before: 165, after: 293 }),
      result('event-latency', { before: 293, after: 290 }),
    ];
    expect(benchmarksOnAMovedHost(results)).toEqual(['lead-ingest']);
    const table = hostSteadinessSection(results).filter((line) => line.startsWith('|'));
    expect(table.slice(2).map((row) => row.split('|').map((cell) => cell.trim()))).toEqual([
      ['', 'at-rest', '160 → 165', '230 → 230', '40 → 40', 'yes', ''],
      ['', 'lead-ingest', '165 → 293', '230 → 230', '40 → 40', '**no**', ''],
      ['', 'event-latency', '293 → 290', '230 → 230', '40 → 40', 'yes', ''],
    ]);
  });

  it('says nothing for results written before the host was measured around each benchmark', () => {
    const older = [result('gateways'), result('messaging')];
    expect(hostSteadinessSection(older)).toEqual([]);
    expect(benchmarksOnAMovedHost(older)).toEqual([]);
  });

  it('lists the host speeds of the attempts set aside, and says how many re-runs the run allowed', () => {
    const rerun = {
      ...result('lead-ingest', { before: 293, after: 290 }),
      options: { rerunsWhenHostMoved: 1 } as BenchResult['options'],
      setAside: [{ before: speed(160), after: speed(293) }],
    };
    const section = hostSteadinessSection([result('at-rest', { before: 160, after: 160 }), rerun]);
    expect(section[0]).toContain('run again (once at most, `BENCH_RERUNS_WHEN_HOST_MOVED`)');
    const table = section.filter((line) => line.startsWith('|'));
    expect(table[0]).toContain('attempts set aside');
    expect(table.slice(2).map((row) => row.split('|').map((cell) => cell.trim()))).toEqual([
      ['', 'at-rest', '160 → 160', '230 → 230', '40 → 40', 'yes', '–', ''],
      [
        '',
        'lead-ingest',
        '293 → 290',
        '230 → 230',
        '40 → 40',
        'yes',
        'loop 160 → 293, count 230 → 230',
        '',
      ],
    ]);
  });
});
