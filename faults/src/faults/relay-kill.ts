import { Client } from 'pg';
import type { Fleet } from '../stack/fleet';

export interface RelayKill {
  service: string;
  instance: string;
  at: string;
  /** Outbox rows held back from being marked sent while the relay was killed. */
  rowIds: string[];
}

/**
 * Kills the relay's process between publishing rows and marking them sent:
 * the suite locks pending outbox rows in a transaction of its own, so the
 * relay publishes them and then waits on the lock to mark them; the waiting
 * statement names the instance (application_name), which is killed with
 * SIGKILL right there, and its orphaned statement ended with it. On restart
 * the relay publishes those rows again.
 */
export async function killRelayBetweenPublishAndMark(
  fleet: Fleet,
  service: string,
  databaseUrl: string,
  deadlineMs = 120_000,
): Promise<RelayKill> {
  const deadline = Date.now() + deadlineMs;
  const locker = new Client({
    connectionString: databaseUrl,
    application_name: 'fault-relay-kill',
  });
  const watcher = new Client({
    connectionString: databaseUrl,
    application_name: 'fault-relay-watch',
  });
  await locker.connect();
  await watcher.connect();
  try {
    while (Date.now() < deadline) {
      await locker.query('BEGIN');
      const { rows } = await locker.query<{ id: string }>(
        `SELECT id FROM outbox_message WHERE published_at IS NULL AND parked_at IS NULL AND discarded_at IS NULL
          ORDER BY position LIMIT 50 FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) {
        await locker.query('ROLLBACK');
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const waiting = await waitForBlockedMark(watcher, service, Date.now() + 5_000);
      if (!waiting) {
        await locker.query('ROLLBACK');
        continue;
      }
      const instance = fleet.byInstanceId(waiting.application.split(':')[1] ?? '');
      if (!instance) throw new Error(`no instance behind application ${waiting.application}`);
      const at = new Date().toISOString();
      await fleet.kill9(instance);
      // PostgreSQL does not notice a dead client while its statement waits for a lock: released
      // now, the orphaned UPDATE would still run and mark the rows. A crash before the UPDATE
      // reached the database leaves them unmarked; ending the backend first is that crash.
      await watcher.query('SELECT pg_terminate_backend($1)', [waiting.pid]);
      await waitForBackendGone(watcher, waiting.pid);
      await locker.query('ROLLBACK');
      await fleet.start(instance);
      return { service, instance: fleet.instanceId(instance), at, rowIds: rows.map((r) => r.id) };
    }
    throw new Error(`${service}: no relay published and waited to mark within ${deadlineMs} ms`);
  } finally {
    await locker.end().catch(() => undefined);
    await watcher.end().catch(() => undefined);
  }
}

async function waitForBackendGone(watcher: Client, pid: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const { rows } = await watcher.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`backend ${pid} of the killed relay did not end`);
}

async function waitForBlockedMark(
  watcher: Client,
  service: string,
  until: number,
): Promise<{ application: string; pid: number } | undefined> {
  while (Date.now() < until) {
    const { rows } = await watcher.query<{ application_name: string; pid: number }>(
      `SELECT application_name, pid FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'
          AND query LIKE 'UPDATE outbox_message SET published_at%' AND application_name LIKE $1`,
      [`salesgraph-${service}:%`],
    );
    if (rows[0]) return { application: rows[0].application_name, pid: rows[0].pid };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}
