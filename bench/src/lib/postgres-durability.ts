import { withAdminClient } from '@salesgraph/testing';
import type { Client } from 'pg';

/**
 * What PostgreSQL does to make a commit survive a crash. The dev cluster that `npm run infra:up`
 * makes (infra/postgres.sh) turns all three off, so that the tests run fast; production does not
 * (CloudNativePG's and the postgres image's defaults: on). A commit the platform makes there is
 * one that order administration and the reps may act on, and with `synchronous_commit` off a crash
 * loses the last commits while the Kafka offsets of the events they consumed may already be
 * committed: events lost, which the outbox and inbox exist to rule out.
 */
export interface PostgresDurability {
  /** Whether WAL is flushed to disk at all. */
  fsync: boolean;
  /** Whether a commit waits for its WAL to be flushed ('on', 'off', 'local', …). */
  synchronousCommit: string;
  /** Whether a page's first change after a checkpoint writes the whole page to WAL (torn pages). */
  fullPageWrites: boolean;
}

/** The three settings as `ALTER SYSTEM` names them, with the value production runs. */
const DURABLE = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } as const;
type SettingName = keyof typeof DURABLE;
const SETTINGS = Object.keys(DURABLE) as SettingName[];

/** Whether a commit made with these settings survives a crash of the server or the machine. */
export function isDurable(d: PostgresDurability): boolean {
  return d.fsync && d.fullPageWrites && d.synchronousCommit !== 'off';
}

/** The settings in effect for the connection's session. */
export async function readPostgresDurability(client: Client): Promise<PostgresDurability> {
  const { rows } = await client.query<{ name: SettingName; setting: string }>(
    'SELECT name, setting FROM pg_settings WHERE name = ANY($1::text[])',
    [SETTINGS],
  );
  const setting = (name: SettingName) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`PostgreSQL has no setting ${name}`);
    return row.setting;
  };
  return {
    fsync: setting('fsync') === 'on',
    synchronousCommit: setting('synchronous_commit'),
    fullPageWrites: setting('full_page_writes') === 'on',
  };
}

/**
 * Turns the three settings on for the whole server (`ALTER SYSTEM`, read again at once: none of
 * them needs a restart) and answers how to put back what was there: the values `ALTER SYSTEM` had
 * set before, or none. Nothing is changed, and there is nothing to put back, on a server that is
 * durable already (production's, docker-compose's). Connects as the infrastructure's admin role,
 * which must be a superuser, as the dev cluster's is. infra/postgres.sh clears the three from
 * `ALTER SYSTEM` whenever it starts the dev cluster, in case a run was killed before it put them
 * back.
 */
export async function makePostgresDurable(): Promise<() => Promise<void>> {
  const before = await withAdminClient(async (client) => {
    if (isDurable(await readPostgresDurability(client))) return undefined;
    // What `ALTER SYSTEM` had written for them (postgresql.auto.conf), to be written back.
    const { rows } = await client.query<{ name: SettingName; setting: string }>(
      `SELECT name, setting FROM pg_file_settings
        WHERE name = ANY($1::text[]) AND sourcefile LIKE '%postgresql.auto.conf' AND applied`,
      [SETTINGS],
    );
    await alterSystem(client, DURABLE);
    return new Map(rows.map((r) => [r.name, r.setting]));
  });
  if (!before) return async () => undefined;
  await untilInEffect(isDurable);
  return () =>
    withAdminClient((client) =>
      alterSystem(
        client,
        Object.fromEntries(SETTINGS.map((name) => [name, before.get(name) ?? null])),
      ),
    );
}

/** The settings as a new connection to the server sees them. */
export function serverPostgresDurability(): Promise<PostgresDurability> {
  return withAdminClient(readPostgresDurability);
}

/** Each setting set (`null`: reset to the configuration files' value), then the configuration reloaded. */
async function alterSystem(
  client: Client,
  values: Partial<Record<SettingName, string | null>>,
): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    // Names from SETTINGS; the value quoted as a literal (ALTER SYSTEM takes no parameters).
    await client.query(
      value === null
        ? `ALTER SYSTEM RESET ${name}`
        : `ALTER SYSTEM SET ${name} = ${client.escapeLiteral(value)}`,
    );
  }
  await client.query('SELECT pg_reload_conf()');
}

/**
 * Waits until a new connection sees the settings (the postmaster and its backends read the
 * configuration again a moment after the signal), for at most 10 s.
 */
async function untilInEffect(holds: (d: PostgresDurability) => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await serverPostgresDurability();
    if (holds(now)) return;
    if (Date.now() > deadline)
      throw new Error(
        `PostgreSQL did not take the durable settings within 10 s of reloading its configuration (now: ${JSON.stringify(now)})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
