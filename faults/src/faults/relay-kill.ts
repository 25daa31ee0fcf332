import { Client } from 'pg';
import { subjectKeysTopic } from '../checker/expected-consumers';
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
  const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
    .pid;
  try {
    while (Date.now() < deadline) {
      await locker.query('BEGIN');
      // Only rows the relay will read: a row held behind a parked one of its aggregate is never
      // published, and locking it alone would spend the whole wait below for nothing.
      // And none of the compacted keys topic: the cleaner keeps one record per key there, so a
      // row published twice shows once, and a relay caught marking only those would prove nothing.
      const { rows } = await locker.query<{ id: string }>(
        `SELECT m.id FROM outbox_pending q JOIN outbox_message m ON m.position = q.position
          WHERE m.parked_at IS NULL AND m.discarded_at IS NULL
            AND m.topic <> $1
            AND NOT EXISTS (
              SELECT 1 FROM outbox_message p
               WHERE p.parked_at IS NOT NULL AND p.discarded_at IS NULL
                 AND p.aggregate_type = m.aggregate_type AND p.aggregate_id = m.aggregate_id
                 AND p.position < m.position)
          ORDER BY q.position LIMIT 50 FOR UPDATE OF q SKIP LOCKED`,
        [subjectKeysTopic],
      );
      if (rows.length === 0) {
        await locker.query('ROLLBACK');
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      // A relay woken by the rows' commit reaches its mark within milliseconds; one that has not
      // within 2 s is away (restarting, backing off), and fresh rows are a better try.
      const waiting = await waitForBlockedMark(watcher, service, lockerPid, Date.now() + 2_000);
      if (!waiting) {
        await locker.query('ROLLBACK');
        continue;
      }
      const instance = fleet.byInstanceId(waiting.application.split(':')[1] ?? '');
      if (!instance) throw new Error(`no instance behind application ${waiting.application}`);
      const at = new Date().toISOString();
      await fleet.kill9(instance);
      // PostgreSQL does not notice a dead client while its statement waits for a lock: released
      // now, the orphaned DELETE would still run and take the rows out of the queue. A crash
      // before it reached the database leaves them queued; ending the backend first is that crash.
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

/**
 * The relay's mark waiting on the locker's rows, and on nothing else: a mark waiting on another
 * lock (a commit's, say) would be killed with none of the locked rows in its batch, and those
 * rows would then be published once, not twice.
 */
async function waitForBlockedMark(
  watcher: Client,
  service: string,
  lockerPid: number,
  until: number,
): Promise<{ application: string; pid: number } | undefined> {
  while (Date.now() < until) {
    const { rows } = await watcher.query<{ application_name: string; pid: number }>(
      `SELECT application_name, pid FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'
          AND query LIKE 'DELETE FROM outbox_pending%' AND application_name LIKE $1
          AND $2::int = ANY(pg_blocking_pids(pid))`,
      [`salesgraph-${service}:%`, lockerPid],
    );
    if (rows[0]) return { application: rows[0].application_name, pid: rows[0].pid };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}
