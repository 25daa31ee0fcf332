import { Counter, Histogram, type Registry } from 'prom-client';
import { BoundedLabel } from './bounded-label';
import { latencyBuckets, statementBuckets } from './buckets';

/** GraphQL operations as a process serves them: the gateway for clients, a subgraph for the gateway. */
export class GraphQLMetrics {
  readonly names = new BoundedLabel();
  readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  readonly duration: Histogram<'operation' | 'type'>;
  readonly errors: Counter<'operation' | 'code'>;
  /** Subgraphs only: the SQL statements each operation sent to the service's database. */
  readonly sqlStatements: Histogram<'operation' | 'type'>;
  /** The gateway only: each call to a subgraph, from sending to the whole answer. */
  readonly subgraphFetch: Histogram<'subgraph' | 'outcome'>;
  /**
   * The gateway only: read operations its single-fetch shortcut answered with the subgraph's
   * answer as it came (answered), or handed to the full path with that answer (handed_over).
   */
  readonly shortcut: Counter<'outcome'>;

  constructor(registry: Registry) {
    this.operations = new Counter({
      name: 'salesgraph_graphql_operations_total',
      help: 'GraphQL operations served, by operation name, type (query, mutation) and outcome (ok, error).',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'salesgraph_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer.',
      labelNames: ['operation', 'type'],
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'salesgraph_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation and extensions.code as the client sees it.',
      labelNames: ['operation', 'code'],
      registers: [registry],
    });
    this.sqlStatements = new Histogram({
      name: 'salesgraph_graphql_sql_statements',
      help: 'SQL statements (transaction control included) one GraphQL operation sent to the database, by operation and type.',
      labelNames: ['operation', 'type'],
      buckets: statementBuckets,
      registers: [registry],
    });
    this.subgraphFetch = new Histogram({
      name: 'salesgraph_gateway_subgraph_fetch_duration_seconds',
      help: 'Gateway to subgraph calls, by subgraph and outcome (ok, http_<status>, network_error).',
      labelNames: ['subgraph', 'outcome'],
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.shortcut = new Counter({
      name: 'salesgraph_gateway_single_fetch_shortcut_total',
      help: "Gateway read operations of one subgraph call answered without Apollo Server's pipeline (answered), or handed to it with the subgraph's answer (handed_over).",
      labelNames: ['outcome'],
      registers: [registry],
    });
  }

  /** One operation's answer: its duration, outcome and the code of each error. */
  record(o: {
    operation: string;
    type: string;
    seconds: number;
    errorCodes: string[];
    /** Absent where the process has no database (the gateway). */
    sqlStatements?: number;
  }): void {
    this.duration.observe({ operation: o.operation, type: o.type }, o.seconds);
    if (o.sqlStatements !== undefined)
      this.sqlStatements.observe({ operation: o.operation, type: o.type }, o.sqlStatements);
    this.operations.inc({
      operation: o.operation,
      type: o.type,
      outcome: o.errorCodes.length ? 'error' : 'ok',
    });
    for (const code of o.errorCodes) this.errors.inc({ operation: o.operation, code });
  }
}
