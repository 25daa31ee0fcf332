import { hostSpeedOf } from '../../lib/__tests__/host-speed-fixture';
import type { BenchResult } from '../../run-benchmarks';
import {
  benchmarksOffTheUsualSpeed,
  benchmarksOnAMovedHost,
  hostSpeedLine,
  hostSteadinessSection,
} from '../host-speed-markdown';

const speed = (javascriptMs: number) => hostSpeedOf(javascriptMs);

/** A result as a run writes it, with only what the host's sections read. */
function result(
  name: BenchResult['name'],
  around?: { before: number; after: number },
  cpu = 'a CPU with no usual speed on record',
): BenchResult {
  return {
    name,
    reduced: false,
    machine: { cpu } as BenchResult['machine'],
    options: {} as BenchResult['options'],
    ...(around && {
      hostSpeedAround: { before: speed(around.before), after: speed(around.after) },
    }),
    figures: {},
  };
}

/** The table's body rows in a section, each as its cells (the empty ones outside the outer pipes included). */
function tableRows(section: string[]): string[][] {
  return section
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((row) => row.split('|').map((cell) => cell.trim()));
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
    expect(tableRows(hostSteadinessSection(results))).toEqual([
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
    expect(tableRows(section)).toEqual([
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

  it("compares each benchmark's host speeds with the usual ones of its CPU, and names those away from it", () => {
    const xeon = 'Intel(R) Xeon(R) Processor @ 2.60GHz';
    const results = [
      result('at-rest', { before: 160, after: 165 }, xeon),
      // Held still, at about half speed: not a move, but not the usual host either.
      result('gateways', { before: 300, after: 310 }, xeon),
    ];
    expect(benchmarksOnAMovedHost(results)).toEqual([]);
    expect(benchmarksOffTheUsualSpeed(results)).toEqual(['gateways']);
    const section = hostSteadinessSection(results);
    expect(section[0]).toContain('At its usual speed: the loop and the count before and after');
    const table = section.filter((line) => line.startsWith('|'));
    expect(table[0]).toContain('at its usual speed');
    // The slower end's timing over the usual (162 ms for the loop; the count's 230 against 238 is under 1).
    expect(tableRows(section)).toEqual([
      [
        '',
        'at-rest',
        '160 → 165',
        '230 → 230',
        '40 → 40',
        'yes',
        'yes (1.02x at most at its ends)',
        '',
      ],
      [
        '',
        'gateways',
        '300 → 310',
        '230 → 230',
        '40 → 40',
        'yes',
        '**no** (1.91x at most at its ends)',
        '',
      ],
    ]);
  });

  it("states the start's host speed against the usual one, or that none is on record for the CPU", () => {
    expect(hostSpeedLine(speed(162), 'AMD EPYC 7B13')).toContain(
      'The host NOT at its usual speed: the loop 162 ms against its usual 115 (1.41x)',
    );
    expect(hostSpeedLine(speed(162), 'Intel(R) Xeon(R) Processor @ 2.60GHz')).toContain(
      'The host at its usual speed: the loop 162 ms against its usual 162 (1x), the count 230 ms against 238 (0.97x).',
    );
    expect(hostSpeedLine(speed(162), 'Some other CPU')).toContain(
      'No usual speed is on record for "Some other CPU"',
    );
  });

  it('shows the samples taken in between, and judges them: a host slowed in between and back by the end moved', () => {
    const xeon = 'Intel(R) Xeon(R) Processor @ 2.60GHz';
    const sampled = (
      name: BenchResult['name'],
      during: number[],
      hostSpeedSampleIntervalMs?: number,
    ): BenchResult => {
      const r = result(name, { before: 163.6, after: 188 }, xeon);
      return {
        ...r,
        hostSpeedAround: { ...r.hostSpeedAround!, during },
        hostSpeedSampleIntervalMs,
      };
    };
    const results = [
      sampled('gateways', [170, 320, 330, 185], 2_000),
      // Written before the interval was recorded: sampled every 10 s.
      sampled('sql-statements', [175, 181]),
    ];
    expect(benchmarksOnAMovedHost(results)).toEqual(['gateways']);
    expect(benchmarksOffTheUsualSpeed(results)).toEqual(['gateways']);
    const section = hostSteadinessSection(results);
    expect(section[0]).toContain("the same loop's CPU time was sampled every 2 or 10 s");
    expect(section[0]).toContain(
      "the host held when the samples came to at least 0.8 of the loop's speed before",
    );
    const table = section.filter((line) => line.startsWith('|'));
    expect(table[0]).toContain("loop's CPU time in between (ms)");
    expect(tableRows(section)).toEqual([
      [
        '',
        'gateways',
        '163.6 → 188',
        '170 to 330 ms (4 samples; 0.71 of the speed at the start)',
        '230 → 230',
        '40 → 40',
        '**no**',
        '**no** (1.16x at most at its ends; in between 0.71 of the usual speed)',
        '',
      ],
      [
        '',
        'sql-statements',
        '163.6 → 188',
        '175 to 181 ms (2 samples; 0.92 of the speed at the start)',
        '230 → 230',
        '40 → 40',
        'yes',
        'yes (1.16x at most at its ends; in between 0.91 of the usual speed)',
        '',
      ],
    ]);
  });
});
