import { SUBJECT_KEY_ERASED } from '../privacy/subject-keys';
import { groupedBy, runsUpTo } from '../runs';
import type { DataSource, QueryRunner } from 'typeorm';
import { backoffDelay, type BackoffPolicy } from '../consumer/backoff';
import type { MessageHeaders, MessageProducer, OutgoingMessage } from '../kafka/message';
import type { Logger } from '../logger';
import { endSpans, startPublishSpans } from '../observability/event-tracing';
import { secondsSince, type MessagingObserver } from '../observability/messaging-observer';
import type { TopicNamespace } from '../topic-namespace';
import { brokerRefusal } from './broker-refusal';
import { CommitListener } from '../notify/commit-listener';
import { OUTBOX_CHANNEL } from './outbox-channel';
import { PENDING_ROWS_SQL, type PendingRow } from './pending-rows';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  producer: MessageProducer;
  namespace: TopicNamespace;
  logger: Logger;
  /** Names the advisory lock: one relay per service database publishes at a time. */
  lockName: string;
  /**
   * The safety poll (default 5 s): commits wake the relay through LISTEN/NOTIFY, this only
   * bounds the wait when a notification is lost, the listening connection is down, or an
   * earlier round left rows behind (a refused row's next attempt, a standby's next try for
   * the lock).
   */
  pollIntervalMs?: number;
  /** Wake on commits (default true); false leaves the relay polling only. */
  listen?: boolean;
  /** Rows read per round (default 1,000); they go out in requests of at most `requestBytes`. */
  batchSize?: number;
  /** The most payload bytes in one produce request (default 512 KiB), under the broker's 1 MB. */
  requestBytes?: number;
  /** Refusals by the broker after which a row is parked for an admin (default 5). */
  maxAttempts?: number;
  /** Told of every batch sent, for metrics. */
  observer?: MessagingObserver;
}

export interface OutboxRelayStatus {
  leader: boolean;
  running: boolean;
  /** Whether commits wake the relay now; false while the listening connection is being reopened. */
  listening: boolean;
  lastError?: string;
}

/**
 * Publishes outbox rows in `position` order and takes them out of the
 * queue of rows to publish (`outbox_pending`).
 *
 * Order per aggregate holds because positions are drawn under a lock on the
 * aggregate that is held to the commit (see the migrations), only one relay
 * per database is active, rows go out strictly by position, and the producer
 * is idempotent with one request in flight.
 *
 * Leadership is checked, not assumed: the advisory lock lives on one
 * connection, and every batch is read and marked through that connection after
 * asking PostgreSQL whether it still holds the lock. If the connection died
 * (and another relay took over), the check fails and this relay stops
 * publishing until it wins the lock again.
 *
 * A row the broker refuses (too large, no topic, not authorised) is retried
 * `maxAttempts` times and then parked with the broker's reason; its
 * aggregate's later rows wait behind it, every other aggregate flows on. A
 * crash between publish and mark publishes a row twice: consumers are
 * idempotent by event id.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private leaderRunner?: QueryRunner;
  private wake?: () => void;
  /** A commit was announced since the current round began reading: the next sleep is skipped. */
  private woken = false;
  private wakeOnCommit = false;
  private listener?: CommitListener;
  private lastError?: string;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly requestBytes: number;
  private readonly maxAttempts: number;
  private readonly lockKey: string;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    // Large rounds: the relay shares its process' event loop with the service's consumers, and
    // during an import each await waits behind their work (17,000 rows behind after a
    // 6,000-lead import with rounds of 200).
    this.batchSize = options.batchSize ?? 1_000;
    this.requestBytes = options.requestBytes ?? 512 * 1024;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.lockKey = `outbox-relay:${options.lockName}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.options.listen !== false) {
      this.listener = new CommitListener({
        dataSource: this.options.dataSource,
        logger: this.options.logger,
        channel: OUTBOX_CHANNEL,
        who: { name: 'outbox relay', whileAway: 'the safety poll covers until it is back' },
        onCommit: () => this.commitAnnounced(),
      });
      this.listener.start();
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.listener?.stop();
    this.wake?.();
    await this.loop;
    await this.releaseLeadership();
  }

  status(): OutboxRelayStatus {
    return {
      leader: Boolean(this.leaderRunner),
      running: this.running,
      listening: Boolean(this.listener?.listening),
      lastError: this.lastError,
    };
  }

  /** Publishes everything pending now, if this relay is (or becomes) the leader; for tests and draining. */
  async flush(): Promise<number> {
    let total = 0;
    if (!(await this.ensureLeadership())) return 0;
    for (;;) {
      const { read, sent } = await this.publishBatch();
      total += sent;
      if (read < this.batchSize) return total;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let read = 0;
      // Cleared before reading: a commit announced from here on is read next round, not lost.
      this.woken = false;
      try {
        if (await this.ensureLeadership()) read = (await this.publishBatch()).read;
        failures = 0;
        this.lastError = undefined;
      } catch (error) {
        failures += 1;
        this.lastError = String((error as Error).message ?? error);
        this.options.logger.error(
          { err: error, failures },
          'outbox relay: publishing failed, will retry',
        );
        await this.releaseLeadership();
      }
      // After a failure the backoff holds, commits or not: waking on each would hammer a broken broker.
      if (failures) await this.sleep(backoffDelay(FAILED_ROUND_BACKOFF, failures), false);
      else if (!this.leaderRunner) {
        // A standby tries for the lock at most once a second under traffic, not once per commit.
        const floor = Math.min(STANDBY_FLOOR_MS, this.pollIntervalMs);
        await this.sleep(floor, false);
        await this.sleep(this.pollIntervalMs - floor, true);
      } else if (read < this.batchSize) await this.sleep(this.pollIntervalMs, true);
    }
  }

  /** True when this relay holds the lock now, proved on the connection that holds it. */
  private async ensureLeadership(): Promise<boolean> {
    if (this.leaderRunner) {
      const [row] = await this.leaderRunner.query(HOLDS_LOCK_SQL, [this.lockKey]);
      if (row.held) return true;
      this.options.logger.warn({ lock: this.options.lockName }, 'outbox relay: lost leadership');
      await this.releaseLeadership();
    }
    const runner = this.options.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [row] = await runner.query(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [this.lockKey],
      );
      if (row.locked) {
        // See PENDING_ROWS_SQL: the backlog is read in position order, never sorted whole.
        await runner.query('SET enable_sort = off');
        this.leaderRunner = runner;
        this.options.logger.info({ lock: this.options.lockName }, 'outbox relay: active');
        return true;
      }
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    await runner.release();
    return false;
  }

  private async releaseLeadership(): Promise<void> {
    const runner = this.leaderRunner;
    this.leaderRunner = undefined;
    if (!runner) return;
    try {
      // The connection goes back to the pool: as the other users of the pool expect it.
      await runner.query('RESET enable_sort');
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.lockKey]);
    } catch {
      // the connection is gone, and the lock with it
    }
    await runner.release().catch(() => undefined);
  }

  private async publishBatch(): Promise<{ read: number; sent: number }> {
    const runner = this.leaderRunner;
    if (!runner) return { read: 0, sent: 0 };
    const rows: PendingRow[] = await runner.query(PENDING_ROWS_SQL, [this.batchSize]);
    if (rows.length === 0) return { read: 0, sent: 0 };

    // Aggregates with a refused row in this batch: their later rows wait for the next round.
    const blocked = new Set<string>();
    let sent = 0;
    const messages = new Map(rows.map((row) => [row, toMessage(row)]));
    for (const request of requests(rows, messages, this.requestBytes)) {
      const chunk = request.filter((r) => !blocked.has(aggregateOf(r)));
      if (chunk.length === 0) continue;
      try {
        await this.send(chunk, messages);
        await this.markPublished(runner, chunk);
        sent += chunk.length;
        continue;
      } catch (error) {
        if (!brokerRefusal(error)) throw error;
      }
      // The broker refused something in the chunk: find which rows, one at a time.
      for (const row of chunk) {
        if (blocked.has(aggregateOf(row))) continue;
        try {
          await this.send([row], messages);
          await this.markPublished(runner, [row]);
          sent += 1;
        } catch (error) {
          const reason = brokerRefusal(error);
          if (!reason) throw error;
          blocked.add(aggregateOf(row));
          await this.recordRefusal(runner, row, reason);
        }
      }
    }
    return { read: rows.length, sent };
  }

  /** One produce request for the rows, whatever their topics; each topic's rows in position order. */
  private async send(
    rows: PendingRow[],
    messages: Map<PendingRow, OutgoingMessage>,
  ): Promise<void> {
    const started = process.hrtime.bigint();
    const parts = byTopic(rows).map(([contract, topicRows]) => ({
      contract,
      topic: this.options.namespace.resolve(contract),
      rows: topicRows,
    }));
    const spans = parts.flatMap((part) => startPublishSpans(part.topic, part.rows));
    const report = (ok: boolean) => {
      const seconds = secondsSince(started);
      for (const part of parts)
        this.options.observer?.published?.({
          topic: part.contract,
          count: part.rows.length,
          seconds,
          ok,
        });
    };
    try {
      await this.options.producer.sendMany(
        parts.map((part) => ({
          topic: part.topic,
          messages: part.rows.map((row) => messages.get(row)!),
        })),
      );
      report(true);
      endSpans(spans);
    } catch (error) {
      report(false);
      endSpans(spans, error);
      // Whatever failed, the producer's idempotent session may be out of step with the broker.
      await this.options.producer.reset?.();
      throw error;
    }
  }

  /**
   * Takes the rows out of the queue (OutboxPendingQueue); a row the broker
   * refused before loses its last error, its attempts stay counted.
   */
  private async markPublished(runner: QueryRunner, rows: PendingRow[]): Promise<void> {
    await runner.query('DELETE FROM outbox_pending WHERE position = ANY($1::bigint[])', [
      rows.map((r) => r.position),
    ]);
    const refusedBefore = rows.filter((r) => r.attempts > 0).map((r) => r.id);
    if (refusedBefore.length > 0)
      await runner.query('UPDATE outbox_message SET last_error = NULL WHERE id = ANY($1::uuid[])', [
        refusedBefore,
      ]);
  }

  private async recordRefusal(runner: QueryRunner, row: PendingRow, reason: string): Promise<void> {
    const [updated] = await runner.query(
      `UPDATE outbox_message
          SET attempts = attempts + 1, last_error = $2,
              parked_at = CASE WHEN attempts + 1 >= $3 THEN now() ELSE NULL END
        WHERE id = $1 RETURNING attempts, parked_at`,
      [row.id, reason.slice(0, 2000), this.maxAttempts],
    );
    const parked = Boolean(updated?.[0]?.parked_at ?? updated?.parked_at);
    this.options.logger[parked ? 'error' : 'warn'](
      {
        eventId: row.id,
        eventType: row.event_type,
        aggregate: aggregateOf(row),
        reason,
        attempts: row.attempts + 1,
      },
      parked
        ? 'outbox relay: row parked, the broker keeps refusing it; its aggregate waits for an admin'
        : 'outbox relay: the broker refused a row, will retry it',
    );
  }

  private commitAnnounced(): void {
    this.woken = true;
    if (this.wakeOnCommit) this.wake?.();
  }

  /** Waits `ms`; stop() always cuts it short, a commit only when `onCommit`. */
  private sleep(ms: number, onCommit: boolean): Promise<void> {
    if (!this.running || (onCommit && this.woken) || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.wakeOnCommit = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeOnCommit = onCommit;
      this.wake = done;
    });
  }
}

const STANDBY_FLOOR_MS = 1_000;

/** After a failed round (database or broker away): 400 ms, doubling to 5 s; one relay loop retries alone, so no jitter. */
const FAILED_ROUND_BACKOFF: BackoffPolicy = {
  initialDelayMs: 400,
  maxDelayMs: 5_000,
  jitter: false,
};

/** Whether the calling connection holds the session advisory lock on hashtextextended($1, 0). */
const HOLDS_LOCK_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM pg_locks, (SELECT hashtextextended($1, 0) AS k) AS lock
     WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid() AND objsubid = 1
       AND classid::bigint = ((lock.k >> 32) & 4294967295)
       AND objid::bigint = (lock.k & 4294967295)
  ) AS held`;

/**
 * The rows cut into produce requests: consecutive rows, of any topics, with at most `maxBytes` of
 * keys and values in each (a row larger than that alone; the broker decides whether it takes it).
 * One request for a round's topics, not one per run of a topic: a lead's commit writes rows for
 * two topics, interleaved, and each request was a round trip for the relay and a wake-up for
 * every consumer of its topic (issue 17).
 */
export function requests(
  rows: PendingRow[],
  messages: Map<PendingRow, OutgoingMessage>,
  maxBytes: number,
): Generator<PendingRow[]> {
  return runsUpTo(
    rows,
    (row) => {
      const message = messages.get(row)!;
      return Buffer.byteLength(message.key) + byteLengthOf(message.value);
    },
    maxBytes,
  );
}

/** The rows by topic, topics in the order they first appear, each topic's rows in their order. */
export function byTopic(rows: readonly PendingRow[]): Array<[string, PendingRow[]]> {
  return [...groupedBy(rows, (row) => row.topic)];
}

function byteLengthOf(value: string | Buffer | null): number {
  if (value === null) return 0;
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}

function aggregateOf(row: PendingRow): string {
  return `${row.aggregate_type}:${row.aggregate_id}`;
}

function toMessage(row: PendingRow): OutgoingMessage {
  const headers: MessageHeaders = {
    'content-type': 'application/cloudevents+json; charset=utf-8',
    ce_type: row.event_type,
    ce_id: row.id,
    ce_correlationid: row.correlation_id,
  };
  // The trace context as a binary-mode CloudEvents header too, for tools that read headers only.
  if (row.traceparent) headers.ce_traceparent = row.traceparent;
  // A person's erased key: a tombstone, so that compaction removes the key from the topic.
  if (row.event_type === SUBJECT_KEY_ERASED) return { key: row.aggregate_id, value: null, headers };
  return { key: row.aggregate_id, value: row.payload, headers };
}
