import { createRequire } from 'node:module';
import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import { Remembered, type ShortcutAnswer, type ShortcutRequest } from '@salesgraph/service-kit';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../gateway-context';
import type { CostLimit } from '../limits/cost-limit.plugin';
import type { FetchedAnswer } from '../subgraphs/subgraph-answer';
import type { SubgraphName } from '../supergraph/subgraph-names';
import { singleFetchOf, type SingleFetch } from './single-fetch-plan';

/** How many operations are remembered, single fetches or not (the oldest forgotten first). */
const REMEMBERED_OPERATIONS = 2_000;

/** What a single-fetch read was learnt with, from its first request through the full path. */
interface Known {
  readonly fetch: SingleFetch;
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** The operation's own name (the log's and the metrics'), as Apollo Server resolved it. */
  readonly operationName: string | null;
}

/** What the shortcut needs of the gateway; the gateway's own, in gateway-app.ts. */
export interface SingleFetchShortcutOptions {
  costLimit: CostLimit;
  /** Sends a body to the subgraph, as the gateway's data sources do for the request. */
  send(subgraph: SubgraphName, body: string, context: GatewayContext): Promise<FetchedAnswer>;
  /** Counts and logs an operation answered (as the metrics and request-log plugins would). */
  answered(operationName: string | null, context: GatewayContext, seconds: number): void;
  /** Counts an operation handed to the full path with its subgraph's answer. */
  handedOver(): void;
}

type ChooseContentType = (head: {
  headers: { get(name: string): string | undefined };
}) => string | null;

/**
 * Apollo Server's own choice of an answer's content type from the request's Accept header, which
 * it does not export from its package: found in its build, and the gateway refuses to start with
 * the shortcut on if an upgrade moved it, rather than answer in another content type.
 */
function apolloContentTypeChoice(): ChooseContentType {
  let found: unknown;
  try {
    found = (
      createRequire(require.resolve('@apollo/server'))('./ApolloServer.js') as {
        chooseContentTypeForSingleResultResponse?: unknown;
      }
    ).chooseContentTypeForSingleResultResponse;
  } catch {
    found = undefined;
  }
  if (typeof found !== 'function')
    throw new Error(
      "the single-fetch shortcut answers in the content type Apollo Server would choose, and @apollo/server's build no longer has chooseContentTypeForSingleResultResponse in dist/cjs/ApolloServer.js: update gateway/src/single-fetch/single-fetch-shortcut.ts, or set SINGLE_FETCH_SHORTCUT=false",
    );
  return found as ChooseContentType;
}

const JSON_TYPES = new Set([
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
]);

/**
 * Reads that one subgraph answers as the client asked them (single-fetch-plan.ts), answered
 * without Apollo Server's request pipeline and Apollo Gateway's executor: the same internal
 * call, and the subgraph's `data` passed on as it came. For such a read the full path ends in
 * the same bytes; what it spends on the way (the pipeline's hooks, the plan's execution, parsing
 * the subgraph's answer, shaping it and writing it out again) was about three fifths of the
 * gateway's CPU a request on the lead list, against a proxy that forwards the body unread
 * (bench/journal.md).
 *
 * Learnt, never guessed: an operation is a single-fetch read once the full path has planned it
 * (Apollo Gateway's `experimental_didResolveQueryPlan`), that is, once its query text has passed
 * parsing, validation and the depth, alias and directive limits, which depend on nothing else.
 * The cost limit depends on the variables, so it is checked on every request, with the plugin's
 * own measure. A POST with anything more (extensions, a batch), another content type, an Accept
 * header Apollo would refuse, or an operation not known yet goes the full path.
 *
 * The subgraph's answer is passed on only when it is a 200 with `data` and nothing else (no
 * errors, no extensions) and no cache lifetime (the gateway then answers `no-store`, as Apollo
 * Server does). Any other answer is handed to the full path in the context (`prefetched`), which
 * formats, masks and reports it as always, without calling the subgraph again: a read runs once.
 * So is a call that failed, to fail there as it would have.
 */
export class SingleFetchShortcut {
  private readonly known = new Remembered<Known | null>(REMEMBERED_OPERATIONS);
  private readonly chooseContentType = apolloContentTypeChoice();

  constructor(private readonly options: SingleFetchShortcutOptions) {}

  /** Apollo Gateway's `experimental_didResolveQueryPlan`: called on every request it plans. */
  readonly learn: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, requestContext }) => {
    const { request, document, operation, schema } = requestContext;
    if (typeof request.query !== 'string' || !operation) return;
    this.known.get(keyOf(request.query, request.operationName), () => {
      const fetch = singleFetchOf(queryPlan, document, operation);
      return fetch
        ? { fetch, schema, document, operation, operationName: requestContext.operationName }
        : null;
    });
  };

  /** Whether the plugin would refuse the request's cost; an estimate that fails leaves it to the plugin too. */
  private overCostLimit(known: Known, variables: Readonly<Record<string, unknown>>): boolean {
    try {
      return this.options.costLimit.exceededBy(
        known.schema,
        known.document,
        known.operation,
        variables,
      );
    } catch {
      return true;
    }
  }

  /** Forgets every operation (the supergraph changed). */
  forget(): void {
    this.known.clear();
  }

  /** service-kit's `graphqlHttpHandler` shortcut: the answer, or undefined for the full path. */
  readonly answer = async (
    request: ShortcutRequest,
    context: GatewayContext,
  ): Promise<ShortcutAnswer | undefined> => {
    const started = process.hrtime.bigint();
    const body = plainBody(request.body);
    if (!body) return undefined;
    const known = this.known.find(keyOf(body.query, body.operationName));
    if (!known || !isJson(request.headers['content-type'])) return undefined;
    const accept = request.headers.accept;
    const contentType = this.chooseContentType({ headers: { get: () => accept } });
    if (contentType === null || !JSON_TYPES.has(contentType)) return undefined;
    if (this.overCostLimit(known, body.variables ?? {})) return undefined;

    const { fetch } = known;
    const subgraph = fetch.subgraph as SubgraphName;
    const sending = this.options.send(
      subgraph,
      JSON.stringify({
        query: fetch.query,
        variables: usedVariables(fetch.variableUsages, body.variables),
        operationName: fetch.operationName,
      }),
      context,
    );
    let data: string | undefined;
    try {
      data = await dataAlone(await sending);
    } catch {
      // The call failed (the subgraph unreachable, say): the full path reports it as its own.
    }
    if (data === undefined) {
      // The data source knows its call by the plan's operation.
      context.prefetched = { subgraph, query: fetch.planQuery, answer: sending };
      this.options.handedOver();
      return undefined;
    }
    this.options.answered(
      known.operationName,
      context,
      Number(process.hrtime.bigint() - started) / 1e9,
    );
    return {
      status: 200,
      headers: { 'cache-control': 'no-store', 'content-type': contentType },
      body: data,
    };
  };
}

/** Apollo Gateway's plans are per query text and operation name; so are these. */
function keyOf(query: string, operationName: string | undefined): string {
  return `${operationName ?? '\0'}\n${query}`;
}

interface PlainBody {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** A POST body of a query, an operation name and variables, and nothing else; else undefined. */
function plainBody(body: unknown): PlainBody | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  let query: unknown;
  let operationName: unknown;
  let variables: unknown;
  for (const [name, value] of Object.entries(body)) {
    if (name === 'query') query = value;
    else if (name === 'operationName') operationName = value;
    else if (name === 'variables') variables = value;
    else return undefined;
  }
  if (typeof query !== 'string') return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return undefined;
  return {
    query,
    ...(typeof operationName === 'string' ? { operationName } : {}),
    // Apollo Server reads an empty object as no variables.
    ...(variables && Object.keys(variables).length > 0
      ? { variables: variables as Record<string, unknown> }
      : {}),
  };
}

/** A request body Apollo Server would read as JSON without asking for a CSRF header. */
function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return essence === 'application/json';
}

/** The variables the plan sends: those its operation uses, as the client gave them. */
function usedVariables(
  usages: readonly string[],
  given: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const sent: Record<string, unknown> = {};
  if (!given) return sent;
  for (const name of usages)
    if (Object.hasOwn(given, name) && given[name] !== undefined) sent[name] = given[name];
  return sent;
}

/**
 * The answer's text when it is a 200 with `data` alone and no cache lifetime, as Apollo Server
 * would write `{ data }` (JSON with a closing newline); else undefined.
 */
async function dataAlone(answer: FetchedAnswer): Promise<string | undefined> {
  if (answer.status !== 200) return undefined;
  if (/max-age/i.test(answer.headers.get('cache-control') ?? '')) return undefined;
  const text = await answer.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const keys = Object.keys(parsed);
  const data = (parsed as { data?: unknown }).data;
  if (keys.length !== 1 || typeof data !== 'object' || data === null || Array.isArray(data))
    return undefined;
  // A subgraph writes its answer as Apollo Server does: the same text, unless written otherwise.
  return text.startsWith('{"data":') && text.endsWith('}\n')
    ? text
    : `${JSON.stringify({ data })}\n`;
}
