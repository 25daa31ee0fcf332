import { benchOptions } from '../bench-options';

describe('benchOptions', () => {
  it('gives the full run by default and the reduced one with BENCH_REDUCED', () => {
    expect(benchOptions({})).toEqual({
      reduced: false,
      workers: 8,
      warmupSeconds: 5,
      measureSeconds: 20,
      rounds: 4,
      restSeconds: 60,
      latencyPollMs: 5,
      rerunsWhenHostMoved: 1,
      waitForUsualSpeedMinutes: 0,
      postgresDurable: true,
    });
    expect(benchOptions({ BENCH_REDUCED: '1' })).toMatchObject({
      reduced: true,
      workers: 4,
      rounds: 2,
      // Its figures mean nothing, and npm test waits for it.
      rerunsWhenHostMoved: 0,
      waitForUsualSpeedMinutes: 0,
      // Durable in a reduced run too, so that npm test goes through the switch and back.
      postgresDurable: true,
    });
  });

  it('takes the knobs given, a blank one as unset', () => {
    expect(
      benchOptions({
        BENCH_SECONDS: '2.5',
        BENCH_ROUNDS: '6',
        BENCH_WARMUP_SECONDS: '0',
        BENCH_WORKERS: ' ',
        BENCH_LATENCY_POLL_MS: '10',
        BENCH_RERUNS_WHEN_HOST_MOVED: '0',
        BENCH_WAIT_FOR_USUAL_SPEED_MINUTES: '30',
        BENCH_POSTGRES_DURABLE: '0',
      }),
    ).toMatchObject({
      measureSeconds: 2.5,
      rounds: 6,
      warmupSeconds: 0,
      workers: 8,
      latencyPollMs: 10,
      rerunsWhenHostMoved: 0,
      waitForUsualSpeedMinutes: 30,
      postgresDurable: false,
    });
    expect(benchOptions({ BENCH_POSTGRES_DURABLE: 'true' }).postgresDurable).toBe(true);
  });

  it.each([
    ['BENCH_SECONDS', '20s', 'BENCH_SECONDS=20s: expected seconds, more than 0'],
    ['BENCH_SECONDS', '0', 'BENCH_SECONDS=0: expected seconds, more than 0'],
    ['BENCH_WARMUP_SECONDS', '-1', 'BENCH_WARMUP_SECONDS=-1: expected seconds, 0 or more'],
    ['BENCH_ROUNDS', '0', 'BENCH_ROUNDS=0: expected a whole number from 1'],
    ['BENCH_WORKERS', '2.5', 'BENCH_WORKERS=2.5: expected a whole number from 1'],
    [
      'BENCH_LATENCY_POLL_MS',
      '10ms',
      'BENCH_LATENCY_POLL_MS=10ms: expected whole milliseconds from 1 to 1000',
    ],
    [
      'BENCH_LATENCY_POLL_MS',
      '0',
      'BENCH_LATENCY_POLL_MS=0: expected whole milliseconds from 1 to 1000',
    ],
    [
      'BENCH_RERUNS_WHEN_HOST_MOVED',
      '4',
      'BENCH_RERUNS_WHEN_HOST_MOVED=4: expected a whole number from 0 to 3',
    ],
    [
      'BENCH_WAIT_FOR_USUAL_SPEED_MINUTES',
      '300',
      'BENCH_WAIT_FOR_USUAL_SPEED_MINUTES=300: expected minutes from 0 to 240',
    ],
    ['BENCH_POSTGRES_DURABLE', 'yes', 'BENCH_POSTGRES_DURABLE=yes: expected 1 or 0'],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => benchOptions({ [name]: value })).toThrow(message);
  });

  it('records the gateways sides only when BENCH_SIDES names some', () => {
    expect(benchOptions({ BENCH_SIDES: 'salesgraph,direct' }).sides).toEqual([
      'salesgraph',
      'direct',
    ]);
    expect('sides' in benchOptions({ BENCH_SIDES: '' })).toBe(false);
  });

  it('records the gateways queries only when BENCH_QUERIES names some', () => {
    expect(benchOptions({ BENCH_QUERIES: 'keyAccount' }).queries).toEqual(['keyAccount']);
    expect('queries' in benchOptions({})).toBe(false);
  });
});
