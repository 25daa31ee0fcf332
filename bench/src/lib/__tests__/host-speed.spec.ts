import type { Client } from 'pg';
import { heldThroughout, hostSpeedChange, measureHostSpeed, speedThroughout } from '../host-speed';
import { hostSpeedOf } from './host-speed-fixture';

/** A client that answers every query at once and keeps what it was asked. */
function recordingClient() {
  const asked: Array<{ text: string; values?: unknown[] }> = [];
  const client = {
    query: (text: string, values?: unknown[]) => {
      asked.push({ text, values });
      return Promise.resolve({ rows: [] });
    },
  };
  return { client: client as unknown as Client, asked };
}

describe('measureHostSpeed', () => {
  it('keeps PostgreSQL to one backend, counts the series once per repeat, then times round trips after as many untimed', async () => {
    const { client, asked } = recordingClient();
    const speed = await measureHostSpeed(client, 3);
    expect(asked[0].text).toBe('SET max_parallel_workers_per_gather = 0');
    expect(asked.slice(1, 4)).toEqual(
      Array.from({ length: 3 }, () => ({
        text: 'SELECT count(*) FROM generate_series(1, $1::int)',
        values: [speed.seriesRows],
      })),
    );
    const trips = asked.slice(4);
    expect(trips).toHaveLength(2 * 3 * speed.roundTrips);
    expect(new Set(trips.map((q) => q.text))).toEqual(new Set(['SELECT 1']));
    expect(speed.repeats).toBe(3);
    // The loop's time is real work, whatever the host: never nothing.
    expect(speed.javascriptMs).toBeGreaterThan(0);
    expect(speed.roundTripUs).toBeGreaterThanOrEqual(0);
  });
});

describe('hostSpeedChange', () => {
  const speed = hostSpeedOf;
  const start = speed(160, 230, 38.7);

  it('holds across what quiet runs minutes apart moved by: the loop and the count a tenth, the round trip a third', () => {
    expect(hostSpeedChange(start, speed(171, 246, 51.8))).toEqual({
      javascript: 1.07,
      postgresql: 1.07,
      roundTrip: 1.34,
      steady: true,
    });
  });

  it('names the host moved when the loop or the count slows by more than a quarter (the slowed host: 1.8x)', () => {
    expect(hostSpeedChange(start, speed(293, 230, 38.7))).toMatchObject({
      javascript: 1.83,
      steady: false,
    });
    expect(hostSpeedChange(start, speed(160, 496, 38.7))).toMatchObject({
      postgresql: 2.16,
      steady: false,
    });
  });

  it('shows the round trip without judging it: anything else running moves it, the host or not', () => {
    expect(hostSpeedChange(speed(163.2, 239.7, 72.1), speed(162.9, 237.5, 41.7))).toEqual({
      javascript: 1,
      postgresql: 0.99,
      roundTrip: 0.58,
      steady: true,
    });
  });

  it('names it moved when it sped up as much: the run straddled a change either way', () => {
    expect(hostSpeedChange(speed(293, 479, 46.2), speed(160, 235, 45)).steady).toBe(false);
  });
});

describe('speedThroughout and heldThroughout', () => {
  it('holds when every sample is under a quarter slower than the reference', () => {
    expect(speedThroughout([160, 171, 188, 140], 162)).toBe(0.95);
    expect(heldThroughout([160, 171, 188, 140], 162)).toBe(true);
  });

  it('holds without a sample: the ends alone judge a benchmark too short to be sampled', () => {
    expect(speedThroughout([], 162)).toBeUndefined();
    expect(heldThroughout([], 162)).toBe(true);
  });

  it('judges by the share of its speed the host gave in all, not by how many loops read slow', () => {
    // A minute and a half of an idle platform's host on 2026-12-07, a loop a second: 13 of 89 over a quarter slower.
    const idle = [
      130.3, 181.4, 161.4, 164.5, 169.4, 168.2, 165.4, 293.7, 206, 160.6, 161.2, 170.2, 161.6,
      164.5, 166.7, 161, 166.5, 174.2, 161, 191.2, 162.5, 170.4, 161, 164.6, 246.3, 162.6, 180.7,
      160.8, 161.1, 164.8, 166.2, 167.4, 188.4, 161.2, 165.6, 175.5, 163.6, 160.6, 161.5, 161.3,
      161.4, 359.6, 312, 165.5, 184.6, 165.8, 165.8, 208, 315.4, 164.1, 164.2, 161.9, 163.7, 205.4,
      162.7, 193.9, 161.4, 164.4, 177.3, 163.4, 170.9, 163.1, 166.1, 162.1, 266.9, 234.1, 161.9,
      304.6, 171, 172.7, 163.5, 166.9, 168.3, 222.5, 164, 241.9, 161.3, 161, 161.4, 184.2, 176.2,
      185.5, 165, 161.9, 170.2, 161.2, 164, 181.4, 167.4,
    ];
    expect(idle.filter((sample) => sample / 162 > 1.25)).toHaveLength(13);
    expect(speedThroughout(idle, 162)).toBe(0.92);
    expect(heldThroughout(idle, 162)).toBe(true);
    // At half speed for half the benchmark: three quarters of its speed in all, under the limit's 0.8.
    expect(speedThroughout([165, 165, 330, 330], 162)).toBe(0.74);
    expect(heldThroughout([165, 165, 330, 330], 162)).toBe(false);
    // One slow loop of two weighs half.
    expect(heldThroughout([165, 300], 162)).toBe(false);
  });

  it('does not count a sample faster than the reference for the host: a core left alone for a moment', () => {
    expect(speedThroughout([130.4, 134.7, 120, 166], 169)).toBe(1);
    // Fast loops do not make up for slow ones.
    expect(speedThroughout([80, 80, 330, 330], 165)).toBe(0.75);
  });
});
