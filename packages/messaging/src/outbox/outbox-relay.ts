import type { DataSource, QueryRunner } from 'typeorm';
import type { MessageHeaders, MessageProducer, OutgoingMessage } from '../kafka/message';
import type { Logger } from '../logger';
import type { TopicNamespace } from '../topic-namespace';
import { OutboxMessage } from './outbox-message.entity';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  producer: MessageProducer;
  namespace: TopicNamespace;
  logger: Logger;
  /** Names the advisory lock: one relay per service database publishes at a time. */
  lockName: string;
  pollIntervalMs?: number;
  batchSize?: number;
}

/**
 * Publishes outbox rows in `position` order and marks them published.
 *
 * Order per aggregate holds because only one relay per database is active (a
 * Postgres advisory lock elects it), rows go out strictly by position, and the
 * producer is idempotent with one request in flight. A crash between publish
 * and mark publishes a row twice: consumers are idempotent by event id.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private leaderRunner?: QueryRunner;
  private wake?: () => void;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.batchSize = options.batchSize ?? 200;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.releaseLeadership();
  }

  /** Publishes everything pending now; for tests and for draining on shutdown. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.publishBatch();
      total += sent;
      if (sent < this.batchSize) return total;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let sent = 0;
      try {
        if (await this.ensureLeadership()) sent = await this.publishBatch();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.options.logger.error(
          { err: error, failures },
          'outbox relay: publishing failed, will retry',
        );
        await this.releaseLeadership();
      }
      if (sent < this.batchSize)
        await this.sleep(failures ? Math.min(5_000, 200 * 2 ** failures) : this.pollIntervalMs);
    }
  }

  private async ensureLeadership(): Promise<boolean> {
    if (this.leaderRunner) return true;
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    const [row] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
      `outbox-relay:${this.options.lockName}`,
    ]);
    if (row.locked) {
      this.leaderRunner = runner;
      this.options.logger.info({ lock: this.options.lockName }, 'outbox relay: active');
      return true;
    }
    await runner.release();
    return false;
  }

  private async releaseLeadership(): Promise<void> {
    const runner = this.leaderRunner;
    this.leaderRunner = undefined;
    if (!runner) return;
    try {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [
        `outbox-relay:${this.options.lockName}`,
      ]);
    } catch {
      // the connection is gone, and the lock with it
    }
    await runner.release().catch(() => undefined);
  }

  private async publishBatch(): Promise<number> {
    const repo = this.options.dataSource.getRepository(OutboxMessage);
    const rows = await repo
      .createQueryBuilder('m')
      .where('m.published_at IS NULL')
      .orderBy('m.position', 'ASC')
      .limit(this.batchSize)
      .getMany();
    if (rows.length === 0) return 0;

    // Consecutive rows of one topic go out in one request; topics change in position order.
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end < rows.length && rows[end].topic === rows[start].topic) end += 1;
      const chunk = rows.slice(start, end);
      try {
        await this.options.producer.send(
          this.options.namespace.resolve(chunk[0].topic),
          chunk.map(toMessage),
        );
      } catch (error) {
        await repo
          .createQueryBuilder()
          .update()
          .set({
            attempts: () => 'attempts + 1',
            lastError: String((error as Error).message ?? error),
          })
          .whereInIds(chunk.map((r) => r.id))
          .execute();
        throw error;
      }
      await repo
        .createQueryBuilder()
        .update()
        .set({ publishedAt: () => 'now()', lastError: null })
        .whereInIds(chunk.map((r) => r.id))
        .execute();
      start = end;
    }
    return rows.length;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function toMessage(row: OutboxMessage): OutgoingMessage {
  const headers: MessageHeaders = {
    'content-type': 'application/cloudevents+json; charset=utf-8',
    ce_type: row.eventType,
    ce_id: row.id,
    ce_correlationid: row.correlationId,
  };
  return { key: row.aggregateId, value: JSON.stringify(row.payload), headers };
}
