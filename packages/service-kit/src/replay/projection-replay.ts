import { randomUUID } from 'node:crypto';
import type {
  IncomingMessage,
  Logger,
  MessageBroker,
  TopicAdmin,
  TopicNamespace,
} from '@salesgraph/messaging';
import { systemClock, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import { ProjectionRebuild } from './projection-rebuild.entity';
import { replayHandlersByTopic } from './replay-handlers';
import { ReplayProgress } from './replay-progress';

export interface ProjectionReplayOptions {
  dataSource: DataSource;
  broker: MessageBroker;
  admin: TopicAdmin;
  namespace: TopicNamespace;
  logger: Logger;
  /** When runs start and finish; the system clock when left out. */
  clock?: Clock;
  /** The projection consumers: their handlers and inbox names are reused as they are. */
  subscribers: SubscriberSpec[];
  /** The tables those consumers write, cleared first. */
  tables: string[];
  timeoutMs?: number;
}

export interface ReplayResult {
  runId: string;
  eventsReplayed: number;
  endOffsets: Record<string, Record<string, string>>;
}

/**
 * Rebuilds the projections from the beginning of their topics, in one
 * procedure: (1) record where every partition ends now; (2) in one
 * transaction, empty the projection tables and the inbox rows of their
 * consumers; (3) read every topic from the beginning with a fresh consumer
 * group, up to the recorded ends, through the same handlers and inbox
 * consumers as the live service. Events after the recorded ends, and any the
 * live consumers handle meanwhile, are deduplicated by the shared inbox; the
 * projections are order-independent, so the result equals the live state.
 */
export class ProjectionReplay {
  private readonly clock: Clock;

  constructor(private readonly options: ProjectionReplayOptions) {
    this.clock = options.clock ?? systemClock;
  }

  async run(): Promise<ReplayResult> {
    const { dataSource, namespace, admin, logger } = this.options;
    const topics = [...new Set(this.options.subscribers.flatMap((s) => s.topics))].map((t) =>
      namespace.resolve(t),
    );
    const progress = new ReplayProgress();
    for (const topic of topics) {
      const ranges = await admin.partitionRanges(topic);
      // A topic that lost its first events (retention, deleted records) cannot rebuild the
      // projections: refuse before anything is emptied.
      const cut = ranges.filter((r) => BigInt(r.low) > 0n);
      if (cut.length)
        throw new Error(
          `replay refused: ${topic} no longer holds its earliest events (${cut
            .map((r) => `partition ${r.partition} starts at offset ${r.low}`)
            .join(
              ', ',
            )}), so a replay would rebuild the projections from part of their history; the projections are left as they are`,
        );
      progress.expect(topic, ranges);
    }
    const runId = await this.begin(progress.endOffsets());
    logger.info(
      { runId, endOffsets: progress.endOffsets() },
      'replay: projections cleared, reading from the beginning',
    );
    try {
      const eventsReplayed = await this.consume(runId, topics, progress);
      await dataSource.manager.update(
        ProjectionRebuild,
        { id: runId },
        { status: 'DONE', finishedAt: this.clock.now(), eventsReplayed },
      );
      return { runId, eventsReplayed, endOffsets: progress.endOffsets() };
    } catch (error) {
      await dataSource.manager.update(
        ProjectionRebuild,
        { id: runId },
        { status: 'FAILED', finishedAt: this.clock.now(), error: String(error) },
      );
      throw error;
    }
  }

  private async begin(endOffsets: ReplayResult['endOffsets']): Promise<string> {
    const runId = randomUUID();
    const consumers = this.options.subscribers.map((s) => s.groupId);
    await this.options.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE projection_rebuild IN EXCLUSIVE MODE');
      const running: unknown[] = await manager.query(
        `SELECT id FROM projection_rebuild WHERE status = 'RUNNING' AND started_at > now() - interval '1 hour'`,
      );
      if (running.length)
        throw new Error('another projection replay is running; wait for it to finish');
      await manager.insert(ProjectionRebuild, {
        id: runId,
        startedAt: this.clock.now(),
        status: 'RUNNING',
        endOffsets,
        eventsReplayed: 0,
        error: null,
      });
      await manager.query(`TRUNCATE ${this.options.tables.join(', ')}`);
      await manager.query('DELETE FROM inbox_message WHERE consumer = ANY($1)', [consumers]);
    });
    return runId;
  }

  private async consume(
    runId: string,
    topics: string[],
    progress: ReplayProgress,
  ): Promise<number> {
    if (progress.done()) return 0;
    const { broker, namespace, admin } = this.options;
    const byTopic = replayHandlersByTopic(this.options);
    const groupId = namespace.resolve(`planning.replay.${runId}`);
    const consumer = broker.consumer(groupId);
    let handled = 0;
    await consumer.run({
      topics,
      fromBeginning: true,
      handle: async (message: IncomingMessage) => {
        if (!progress.wanted(message)) return;
        for (const subscriber of byTopic.get(message.topic) ?? [])
          if ((await subscriber.process(message)) === 'handled') handled += 1;
        progress.seen(message);
      },
    });
    try {
      await progress.finished(this.options.timeoutMs ?? 600_000);
    } finally {
      await consumer.disconnect();
      await admin.deleteConsumerGroup(groupId).catch(() => undefined);
    }
    return handled;
  }
}
