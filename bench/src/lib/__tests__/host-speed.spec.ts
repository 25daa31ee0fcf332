import type { Client } from 'pg';
import { measureHostSpeed } from '../host-speed';

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
