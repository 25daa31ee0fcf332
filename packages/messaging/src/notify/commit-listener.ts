import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { backoffDelay, type BackoffPolicy } from '../consumer/backoff';
import type { Logger } from '../logger';

export interface CommitListenerOptions {
  dataSource: DataSource;
  logger: Logger;
  /** The channel listened on: what a transaction NOTIFYs there is announced at its commit. */
  channel: string;
  /** Who listens, in the log, and what covers while it cannot (a poll, reads from the database). */
  who: { name: string; whileAway: string };
  /** Called for every notification, and after every (re)connection: rows may have committed meanwhile. */
  onCommit: () => void;
  /** First wait before connecting again after the connection was lost; doubles up to 5 s. */
  reconnectDelayMs?: number;
}

/**
 * LISTENs on a channel on a connection of its own, outside the pool: a
 * pooled connection is handed to other work between queries and would miss
 * notifications. A lost connection (database restart, a terminated backend, a
 * network cut that the socket notices) is opened again with backoff; until
 * then the listener's owner must cover (the outbox relay's safety poll, the
 * catalogue cache's reads from the database). Its connection is named
 * `<application_name> <channel>-listener` in pg_stat_activity.
 */
export class CommitListener {
  private client?: Client;
  private stopped = true;
  private failures = 0;
  private timer?: NodeJS.Timeout;
  /** Clients whose loss was handled: 'error' and 'end' both arrive for one loss. */
  private readonly gone = new WeakSet<Client>();
  private readonly reconnect: BackoffPolicy;
  private readonly channel: string;
  private readonly who: { name: string; whileAway: string };

  constructor(private readonly options: CommitListenerOptions) {
    this.channel = options.channel;
    this.who = options.who;
    // Each listener reconnects alone (one per relay or cache): exact waits, no jitter.
    this.reconnect = {
      initialDelayMs: options.reconnectDelayMs ?? 200,
      maxDelayMs: 5_000,
      jitter: false,
    };
  }

  /** Whether a LISTEN is in place now. */
  get listening(): boolean {
    return Boolean(this.client);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    if (client) this.gone.add(client);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    const client = new Client(connectionConfigOf(this.options.dataSource, this.channel));
    // Without a listener an 'error' of this client (its backend terminated) would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.options.onCommit());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped) {
      this.gone.add(client);
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    if (this.failures > 0)
      this.options.logger.info({ channel: this.channel }, `${this.who.name}: listening again`);
    this.failures = 0;
    this.options.onCommit();
  }

  private lost(client: Client, error?: Error): void {
    if (this.gone.has(client)) return;
    this.gone.add(client);
    if (this.client === client) this.client = undefined;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.failures += 1;
    const delay = backoffDelay(this.reconnect, this.failures);
    this.options.logger.warn(
      { err: error, channel: this.channel, retryInMs: delay },
      `${this.who.name}: lost the connection that listens for commits; ${this.who.whileAway}`,
    );
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }
}

/**
 * The pool's own settings (URL or host, credentials, TLS), so the listener reaches the same
 * database; its application_name says whose listener it is and of which channel.
 */
function connectionConfigOf(dataSource: DataSource, channel: string): ClientConfig {
  const pool = (dataSource.driver as unknown as { master?: { options?: ClientConfig } }).master;
  const base = pool?.options ?? { connectionString: (dataSource.options as { url?: string }).url };
  const name = `${base.application_name ?? 'salesgraph'} ${channel}-listener`.slice(0, 63);
  return { ...base, application_name: name };
}
