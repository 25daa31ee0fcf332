import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { hasRole } from '@salesgraph/identity';
import {
  authenticateClient,
  createLogger,
  graphqlHttpHandler,
  HttpError,
  rememberQueryHashes,
  startHttpServer,
  systemClock,
  StopSteps,
  type Logger,
} from '@salesgraph/service-kit';
import { createProcessMetrics, serveMetrics } from '@salesgraph/service-kit';
import {
  graphqlObservabilityPlugin,
  nameOperationSpan,
  startTracing,
} from '@salesgraph/observability';
import type { GatewayConfig } from './config';
import { gatewayCredentials } from './credentials';
import { createGatewayErrorFormatter, errorReportingPlugin } from './errors/format-gateway-error';
import { withCors } from './http/cors';
import type { GatewayContext } from './gateway-context';
import { aliasLimitRule } from './limits/alias-limit.rule';
import { checkBatchSize } from './limits/batch-limit';
import { CostLimit, costLimitPlugin } from './limits/cost-limit.plugin';
import { depthLimitRule } from './limits/depth-limit.rule';
import { directiveLimitRule } from './limits/directive-limit.rule';
import { platformListBounds } from './limits/list-bounds';
import { RateLimiter } from './limits/rate-limiter';
import { logOperation, requestLogPlugin } from './request-log.plugin';
import { SingleFetchShortcut } from './single-fetch/single-fetch-shortcut';
import {
  InternalCredentialDataSource,
  subgraphCallHeaders,
} from './subgraphs/internal-credential.data-source';
import { batchingFetch, unbatchedFetch } from './subgraphs/batching-fetch';
import { replicaFetch } from './subgraphs/replica-fetch';
import type { SubgraphFetch } from './subgraphs/subgraph-answer';
import { SubgraphReplicas } from './subgraphs/subgraph-replicas';
import { compileResultShaping } from './supergraph/compiled-result-shaping';
import { loadSupergraph } from './supergraph/load-supergraph';
import { reuseExecutorOperations } from './supergraph/reused-operations';
import { subgraphUrls, type SubgraphName } from './supergraph/subgraph-names';

export interface RunningGateway {
  url: string;
  port: number;
  /** GET /metrics, when METRICS_PORT is set. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/**
 * The gateway: verifies the client's token, bounds the operation (depth,
 * aliases, cost, batch size, tokens) before anything executes, plans it over
 * the checked-in supergraph and calls subgraphs with its own signed
 * credential. Errors leave masked, with a code and the correlation id.
 */
export async function startGateway(
  config: GatewayConfig,
  options: { logger?: Logger; supergraphSdl?: string } = {},
): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
  const steps = new StopSteps(logger);
  try {
    const tracing = startTracing('gateway', config);
    steps.add('tracing', () => tracing.shutdown());
    const metrics = createProcessMetrics('gateway', logger);
    const { verifyClientToken, internalToken } = await gatewayCredentials(config);
    const urls = subgraphUrls(config);
    const rateLimiter = config.RATE_LIMIT_ENABLED
      ? new RateLimiter(
          { burst: config.RATE_LIMIT_BURST, perSecond: config.RATE_LIMIT_PER_SECOND },
          systemClock,
        )
      : undefined;

    const withBatching = (send: SubgraphFetch) =>
      config.SUBGRAPH_FETCH_BATCHING ? batchingFetch(send) : unbatchedFetch(send);
    // One sender per subgraph (its instances, its metrics), for its data source and the shortcut.
    const sends = Object.fromEntries(
      Object.entries(urls).map(([name, instances]): [string, SubgraphFetch] => [
        name,
        replicaFetch({
          subgraph: name,
          replicas: new SubgraphReplicas(instances),
          metrics: metrics.graphql,
          logger,
        }),
      ]),
    ) as unknown as Record<SubgraphName, SubgraphFetch>;
    const costLimit = new CostLimit(config.LIMIT_MAX_COST, platformListBounds);
    const shortcut = config.SINGLE_FETCH_SHORTCUT
      ? new SingleFetchShortcut({
          costLimit,
          send: async (subgraph, body, context) =>
            sends[subgraph](urls[subgraph][0], {
              method: 'POST',
              headers: await subgraphCallHeaders(context, subgraph),
              body,
            }),
          answered: (operationName, context, seconds) => {
            const label = metrics.graphql.names.of(operationName);
            nameOperationSpan(label, operationName, 'query');
            metrics.graphql.record({
              operation: label,
              type: 'query',
              seconds,
              errorCodes: [],
            });
            metrics.graphql.shortcut.inc({ outcome: 'answered' });
            logOperation(logger, context, {
              name: operationName,
              ms: Math.round(seconds * 1000),
              errors: 0,
            });
          },
          handedOver: () => metrics.graphql.shortcut.inc({ outcome: 'handed_over' }),
        })
      : undefined;
    let requestCount = 0;
    reuseExecutorOperations();
    compileResultShaping();
    // The gateway's own copy of Apollo's hashing, for its query-plan cache (Apollo Server's
    // is set by graphqlHttpHandler).
    rememberQueryHashes(require.resolve('@apollo/gateway'));
    const gateway = new ApolloGateway({
      supergraphSdl: options.supergraphSdl ?? loadSupergraph(config.SUPERGRAPH_PATH),
      buildService: ({ name }) =>
        new InternalCredentialDataSource({
          url: urls[name as SubgraphName][0],
          subgraph: name as SubgraphName,
          fetch: withBatching(sends[name as SubgraphName]),
        }),
      ...(shortcut ? { experimental_didResolveQueryPlan: shortcut.learn } : {}),
      logger,
    });
    // Plans learnt for one supergraph say nothing of another (the file is read once, but still).
    if (shortcut) gateway.onSchemaLoadOrUpdate(() => shortcut.forget());

    const production = config.NODE_ENV === 'production';
    const apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: config.INTROSPECTION,
      hideSchemaDetailsFromClientErrors: production,
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: config.LIMIT_MAX_BATCH > 1,
      parseOptions: { maxTokens: config.LIMIT_MAX_TOKENS },
      validationRules: [
        depthLimitRule(config.LIMIT_MAX_DEPTH),
        aliasLimitRule(config.LIMIT_MAX_ALIASES),
        directiveLimitRule(config.LIMIT_MAX_DIRECTIVES),
      ],
      formatError: createGatewayErrorFormatter(logger),
      // Our shutdown stops the HTTP server first, then Apollo; Apollo's own signal handler would
      // stop it at once and fail the requests still arriving on open connections (500).
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        costLimitPlugin(costLimit),
        requestLogPlugin(logger),
        errorReportingPlugin(logger),
        graphqlObservabilityPlugin(metrics.graphql),
      ],
      logger,
    });
    await apollo.start();
    steps.add('graphql', () => apollo.stop());

    const http = await startHttpServer({
      host: config.HOST,
      port: config.PORT,
      logger,
      // Ready when every subgraph has at least one ready instance.
      readiness: Object.fromEntries(
        Object.entries(urls).map(([name, instances]) => [
          name,
          () => anyInstanceReady(name, instances),
        ]),
      ),
      // Which subgraph is down, and why, is for operators: on this machine, or with an ADMIN token.
      readinessDetailsFor: async (request) =>
        hasRole(await authenticateClient(request, verifyClientToken, logger), 'ADMIN'),
      graphql: withCors(
        config.CORS_ALLOWED_ORIGINS,
        graphqlHttpHandler<GatewayContext>({
          apollo,
          bodyLimitBytes: config.LIMIT_MAX_BODY_BYTES,
          inspectBody: (body) => checkBatchSize(body, config.LIMIT_MAX_BATCH),
          // No AsyncLocalStorage scope: its promise hooks cost about 5 % of the gateway's CPU a request.
          // The log lines and errors of a request take its correlation id from the context.
          correlation: 'context',
          ...(shortcut ? { shortcut: shortcut.answer } : {}),
          context: async (request, correlationId) => {
            const user = await authenticateClient(
              request,
              verifyClientToken,
              logger,
              correlationId,
            );
            const decision = rateLimiter?.take(user.id);
            if (decision && !decision.allowed) {
              throw new HttpError(
                429,
                'RATE_LIMITED',
                `Too many requests: try again in ${decision.retryAfterSeconds} s.`,
                { 'retry-after': String(decision.retryAfterSeconds) },
              );
            }
            const internalTokenFor = (subgraph: SubgraphName) => internalToken(user, subgraph);
            return { user, correlationId, requestKey: String(++requestCount), internalTokenFor };
          },
        }),
      ),
    });
    steps.add('http', () => http.close());
    const { metricsUrl } = await serveMetrics({ config, metrics, logger, steps });
    logger.info({ url: `${http.url}/graphql` }, 'gateway ready');
    return { url: http.url, port: http.port, metricsUrl, stop: () => steps.run() };
  } catch (error) {
    await steps.run();
    throw error;
  }
}

async function anyInstanceReady(name: string, instances: string[]): Promise<void> {
  const answers = await Promise.all(
    instances.map(async (url) => {
      try {
        const response = await fetch(new URL('/health/ready', url));
        return response.ok ? 'ok' : `${url} answered ${response.status}`;
      } catch (error) {
        return `${url}: ${(error as Error).message}`;
      }
    }),
  );
  if (!answers.includes('ok'))
    throw new Error(`no ready instance of ${name}: ${answers.join('; ')}`);
}
