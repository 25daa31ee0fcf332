import type { TopicName } from '@salesgraph/events';
import type { GraphQLSchema } from 'graphql';
import type { ServiceEnv } from '../config/service-env';
import { systemClock, type Clock } from '../domain/clock';
import { buildSubgraphSchema } from '../graphql/build-subgraph-schema';
import { instanceContainer } from '../graphql/instance-container';
import type { ReferenceResolvers } from '../graphql/reference-resolver';
import type { ProjectionSpec } from '../replay/projection-spec';
import type {
  BackgroundJob,
  RuntimeDeps,
  ServiceDeps,
  SubgraphServiceSpec,
  SubscriberSpec,
} from './service-spec';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

/**
 * One way to define a service. A definition names the service and lists, in
 * this order: its tables, its components (the composition root, built once
 * per running service, shared by the schema, the consumers, the jobs and the
 * seed), its resolvers, its reference resolvers, its consumers, its
 * projections (what a replay rebuilds) and its jobs.
 * Every section but `components` only wires components to the edge.
 */
export interface ServiceDefinition<TConfig extends ServiceEnv & { PORT: number }, TComponents> {
  name: string;
  ownTopic: TopicName;
  entities: Constructor[];
  migrations: Constructor[];
  components(deps: ServiceDeps<TConfig>): TComponents;
  /** Resolver instances, constructed with the components they call. */
  resolvers(components: TComponents): object[];
  /** Types no resolver returns directly (federation stubs). */
  orphanedTypes?: Constructor[];
  references?(components: TComponents): ReferenceResolvers[];
  subscribers?(components: TComponents, runtime: RuntimeDeps<TConfig>): SubscriberSpec[];
  /** The read models it keeps from other services' events, which `npm run replay` rebuilds. */
  projections?(components: TComponents, deps: ServiceDeps<TConfig>): ProjectionSpec[];
  jobs?(components: TComponents, runtime: RuntimeDeps<TConfig>): BackgroundJob[];
}

export interface ServiceOptions {
  /** The time the service acts by; tests and the seed pass a clock they control. */
  clock?: Clock;
}

/** What `defineService` returns: makes the spec that startSubgraphService runs. */
export interface DefinedService<TConfig extends ServiceEnv & { PORT: number }, TComponents> {
  (config: TConfig, options?: ServiceOptions): SubgraphServiceSpec<TConfig>;
  readonly definition: ServiceDefinition<TConfig, TComponents>;
  /** The components alone, for scripts (the seed, a replay) that act without a server. */
  components(deps: ServiceDeps<TConfig>): TComponents;
}

export function defineService<TConfig extends ServiceEnv & { PORT: number }, TComponents>(
  definition: ServiceDefinition<TConfig, TComponents>,
): DefinedService<TConfig, TComponents> {
  const make = (config: TConfig, options: ServiceOptions = {}): SubgraphServiceSpec<TConfig> => {
    const clock = options.clock ?? systemClock;
    // Built once per spec, on the first of schema, consumers or jobs: all share one set.
    let components: TComponents | undefined;
    const get = (deps: ServiceDeps<TConfig>) => (components ??= definition.components(deps));
    return {
      name: definition.name,
      config,
      clock,
      ownTopic: definition.ownTopic,
      entities: definition.entities,
      migrations: definition.migrations,
      buildSchema: (deps) => buildSchemaOf(definition, get(deps)),
      subscribers: definition.subscribers
        ? (runtime) => definition.subscribers!(get(runtime), runtime)
        : undefined,
      jobs: definition.jobs ? (runtime) => definition.jobs!(get(runtime), runtime) : undefined,
    };
  };
  return Object.assign(make, {
    definition,
    components: (deps: ServiceDeps<TConfig>) => definition.components(deps),
  });
}

function buildSchemaOf<TConfig extends ServiceEnv & { PORT: number }, TComponents>(
  definition: ServiceDefinition<TConfig, TComponents>,
  components: TComponents,
): Promise<GraphQLSchema> {
  const resolvers = definition.resolvers(components);
  if (resolvers.length === 0) throw new Error(`${definition.name}: a subgraph needs resolvers`);
  const classes = resolvers.map((resolver) => resolver.constructor) as [
    Constructor,
    ...Constructor[],
  ];
  return buildSubgraphSchema({
    resolvers: classes,
    orphanedTypes: definition.orphanedTypes,
    referenceResolvers: definition.references?.(components),
    buildOptions: { container: instanceContainer(resolvers) },
  });
}
