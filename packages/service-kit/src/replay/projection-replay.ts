import { randomUUID } from 'node:crypto';
import type {
  IncomingMessage,
  Logger,
  MessageBroker,
  TopicAdmin,
  TopicNamespace,
} from '@salesgraph/messaging';
import type { DataSource } from 'typeorm';
import { serviceCommand } from '../command/command-context';
import { systemClock, type Clock } from '../domain/clock';
import { ProjectionRebuild } from './projection-rebuild.entity';
import type { ProjectionSpec } from './projection-spec';
import { replayHandlersByTopic } from './replay-handlers';
import { ReplayProgress } from './replay-progress';

export interface ProjectionReplayOptions {
  /** The service whose database this is: names the run's consumer group and the actor of its effects. */
  serviceName: string;
  dataSource: DataSource;
  broker: MessageBroker;
  admin: TopicAdmin;
  namespace: TopicNamespace;
  logger: Logger;
  /** When runs start and finish; the system clock when left out. */
  clock?: Clock;
  /** The projections to rebuild. */
  projections: ProjectionSpec[];
  timeoutMs?: number;
}

export interface ReplayResult {
  runId: string;
  projections: string[];
  eventsReplayed: number;
  endOffsets: Record<string, Record<string, string>>;
}

/**
 * Rebuilds projections from the beginning of their topics, in one procedure:
 * (1) record where every partition ends now, and refuse if a topic no longer
 * holds its first events (retention, deleted records): a rebuild from part of
 * the history would silently lose the rest; (2) in one transaction, empty the
 * projections' tables and their consumers' inbox rows; (3) read every topic
 * from the beginning with a consumer group of the run's own, up to the
 * recorded ends, through the consumers' handlers and inbox names; then each
 * projection's `afterReplay`. Events after the recorded ends, and any the live
 * consumers handle meanwhile, are deduplicated by the shared inbox; the
 * projections are order-independent, so the result equals the live state
 * and a second run gives the same rows.
 */
export class ProjectionReplay {
  private readonly clock: Clock;

  constructor(private readonly options: ProjectionReplayOptions) {
    this.clock = options.clock ?? systemClock;
  }

  async run(): Promise<ReplayResult> {
    const { dataSource, namespace, admin, logger, projections } = this.options;
    const names = projections.map((p) => p.name);
    const subscribers = projections.flatMap((p) => p.subscribers);
    const topics = [...new Set(subscribers.flatMap((s) => s.topics))].map((t) =>
      namespace.resolve(t),
    );
    const progress = new ReplayProgress();
    for (const topic of topics) {
      const ranges = await admin.partitionRanges(topic);
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
    const runId = await this.begin(names, progress.endOffsets());
    logger.info(
      { runId, projections: names, endOffsets: progress.endOffsets() },
      'replay: projections cleared, reading from the beginning',
    );
    try {
      const eventsReplayed = await this.consume(runId, topics, progress);
      const command = serviceCommand(this.options.serviceName, this.clock);
      for (const projection of projections) await projection.afterReplay?.(command);
      await dataSource.manager.update(
        ProjectionRebuild,
        { id: runId },
        { status: 'DONE', finishedAt: this.clock.now(), eventsReplayed },
      );
      return { runId, projections: names, eventsReplayed, endOffsets: progress.endOffsets() };
    } catch (error) {
      await dataSource.manager.update(
        ProjectionRebuild,
        { id: runId },
        { status: 'FAILED', finishedAt: this.clock.now(), error: String(error) },
      );
      throw error;
    }
  }

  private async begin(names: string[], endOffsets: ReplayResult['endOffsets']): Promise<string> {
    const runId = randomUUID();
    const consumers = this.options.projections.flatMap((p) => p.subscribers.map((s) => s.groupId));
    const tables = this.options.projections.flatMap((p) => p.tables);
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
        projections: names,
        endOffsets,
        eventsReplayed: 0,
        error: null,
      });
      if (tables.length) await manager.query(`TRUNCATE ${tables.join(', ')}`);
      for (const projection of this.options.projections) await projection.onCleared?.(manager);
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
    const { broker, namespace, admin, serviceName } = this.options;
    const byTopic = replayHandlersByTopic({
      ...this.options,
      subscribers: this.options.projections.flatMap((p) => p.subscribers),
    });
    const groupId = namespace.resolve(`${serviceName}.replay.${runId}`);
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
