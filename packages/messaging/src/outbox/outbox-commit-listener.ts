import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { backoffDelay, type BackoffPolicy } from '../consumer/backoff';
import type { Logger } from '../logger';
import { OUTBOX_CHANNEL } from './outbox-channel';

export interface OutboxCommitListenerOptions {
  dataSource: DataSource;
  logger: Logger;
  /** Called for every notification, and after every (re)connection: rows may have committed meanwhile. */
  onCommit: () => void;
  /** First wait before connecting again after the connection was lost; doubles up to 5 s. */
  reconnectDelayMs?: number;
  /** The channel listened on (default: the outbox's); another table's changes may announce themselves too. */
  channel?: string;
  /** Who listens, in the log (default "outbox relay"), and what covers while it cannot. */
  listener?: { name: string; whileAway: string };
}

/**
 * LISTENs on the outbox channel on a connection of its own, outside the
 * pool: a pooled connection is handed to other work between queries and would
 * miss notifications. A lost connection (database restart, a terminated
 * backend, a network cut that the socket notices) is opened again with
 * backoff; until then the relay's safety poll keeps rows moving.
 */
export class OutboxCommitListener {
  private client?: Client;
  private stopped = true;
  private failures = 0;
  private timer?: NodeJS.Timeout;
  /** Clients whose loss was handled: 'error' and 'end' both arrive for one loss. */
  private readonly gone = new WeakSet<Client>();
  private readonly reconnect: BackoffPolicy;
  private readonly channel: string;
  private readonly who: { name: string; whileAway: string };

  constructor(private readonly options: OutboxCommitListenerOptions) {
    this.channel = options.channel ?? OUTBOX_CHANNEL;
    this.who = options.listener ?? {
      name: 'outbox relay',
      whileAway: 'the safety poll covers until it is back',
    };
    // One listener per relay reconnects alone: exact waits, no jitter.
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
    const client = new Client(connectionConfigOf(this.options.dataSource));
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
 * database; its application_name says whose listener it is.
 */
function connectionConfigOf(dataSource: DataSource): ClientConfig {
  const pool = (dataSource.driver as unknown as { master?: { options?: ClientConfig } }).master;
  const base = pool?.options ?? { connectionString: (dataSource.options as { url?: string }).url };
  const name = `${base.application_name ?? 'salesgraph'} outbox-listener`.slice(0, 63);
  return { ...base, application_name: name };
}
