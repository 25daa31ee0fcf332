import type { Client } from 'pg';
import { heldThroughout, hostSpeedChange, measureHostSpeed } from '../host-speed';
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

describe('heldThroughout', () => {
  it('holds when every sample is under a quarter slower than the reference', () => {
    expect(heldThroughout([160, 171, 188, 140], 162)).toBe(true);
    expect(heldThroughout([], 162)).toBe(true);
  });

  it('lets a tenth of the samples stray, no more', () => {
    const steady = Array.from({ length: 9 }, () => 165);
    expect(heldThroughout([...steady, 300], 162)).toBe(true);
    expect(heldThroughout([...steady, 300, 310], 162)).toBe(false);
    // Fewer than ten samples: not one may stray.
    expect(heldThroughout([165, 300], 162)).toBe(false);
  });

  it('does not count a sample faster than the reference against the host: a core left alone for a moment', () => {
    expect(heldThroughout([130.4, 134.7, 120, 166], 169)).toBe(true);
  });
});
