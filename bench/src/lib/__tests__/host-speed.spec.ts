import type { Client } from 'pg';
import { measureHostSpeed } from '../host-speed';

/** A client that answers every query at once and keeps what it was asked. */
function recordingClient() {
  const asked: Array<{ text: string; values?: unknown[] }> = [];
  const client = {
    query: (text: string, values?: unknown[]) => {
      asked.push({ text, values });
      return Promise.resolve({ rows: [{ count: '0' }] });
    },
  };
  return { client: client as unknown as Client, asked };
}

describe('measureHostSpeed', () => {
  it('keeps PostgreSQL to one backend, then counts the series once per repeat', async () => {
    const { client, asked } = recordingClient();
    const speed = await measureHostSpeed(client, 3);
    expect(asked[0].text).toBe('SET max_parallel_workers_per_gather = 0');
    expect(asked.slice(1)).toEqual(
      Array.from({ length: 3 }, () => ({
        text: 'SELECT count(*) FROM generate_series(1, $1::int)',
        values: [speed.seriesRows],
      })),
    );
    expect(speed.repeats).toBe(3);
    expect(speed.seriesRows).toBeGreaterThan(0);
    // The loop's time is real work, whatever the host: never nothing.
    expect(speed.javascriptMs).toBeGreaterThan(0);
    expect(speed.loopSteps).toBeGreaterThan(0);
  });
});
