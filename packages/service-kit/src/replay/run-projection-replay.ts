import { createKafkaBroker, createKafkaTopicAdmin, TopicNamespace } from '@salesgraph/messaging';
import type { ServiceEnv } from '../config/service-env';
import type { DefinedService } from '../app/define-service';
import { runServiceScript } from '../app/run-script';
import { ProjectionReplay, type ReplayResult } from './projection-replay';

/**
 * A service's replay script: rebuilds the projections named (all of the
 * service's when none is), with the service's own configuration. Used by
 * every service's scripts/replay.ts; `npm run replay -- <service> [projection...]`.
 */
export async function runProjectionReplay<
  TConfig extends ServiceEnv & { PORT: number },
  TComponents,
>(
  service: DefinedService<TConfig, TComponents>,
  config: TConfig,
  requested: string[],
): Promise<ReplayResult> {
  const spec = service(config);
  return runServiceScript(spec, 'replay', async (deps) => {
    const all = service.definition.projections?.(service.components(deps), deps) ?? [];
    const unknown = requested.filter((name) => !all.some((p) => p.name === name));
    if (all.length === 0)
      throw new Error(`${spec.name} keeps no projections of other services' events`);
    if (unknown.length)
      throw new Error(
        `${spec.name} has no projection ${unknown.join(', ')}; its projections: ${all.map((p) => p.name).join(', ')}`,
      );
    const projections = requested.length ? all.filter((p) => requested.includes(p.name)) : all;
    const client = {
      clientId: `salesgraph-${spec.name}-replay`,
      brokers: config.KAFKA_BROKERS,
      logger: deps.logger,
    };
    const broker = createKafkaBroker(client);
    const admin = createKafkaTopicAdmin(client);
    try {
      const result = await new ProjectionReplay({
        serviceName: spec.name,
        dataSource: deps.dataSource,
        broker,
        admin,
        namespace: new TopicNamespace(config.KAFKA_TOPIC_PREFIX),
        logger: deps.logger,
        clock: deps.clock,
        projections,
      }).run();
      deps.logger.info(result, 'projections rebuilt from the beginning of their topics');
      return result;
    } finally {
      await broker.disconnect();
      await admin.disconnect();
    }
  });
}
