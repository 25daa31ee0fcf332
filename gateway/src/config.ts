import {
  clientAuthEnvShape,
  jsonEnv,
  loadConfig,
  oneClientKeySource,
  portEnv,
  processEnvShape,
} from '@salesgraph/service-kit';
import { z } from 'zod';
import { parseAllowedOrigins } from './http/cors';

const Jwk = z.looseObject({
  kty: z.string(),
  crv: z.string().optional(),
  d: z.string().optional(),
});
/** One URL, or the URLs of a subgraph's instances separated by commas (the gateway spreads requests over them). */
const subgraphUrl = (port: number) =>
  z
    .string()
    .default(`http://127.0.0.1:${port}/graphql`)
    .transform((s) =>
      s
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1, 'needs at least one URL'));

/** The most an operation may cost by default (LIMIT_MAX_COST); the workbench's operations are held to it. */
export const DEFAULT_LIMIT_MAX_COST = 250_000;

/**
 * Every variable the gateway reads; see .env.example. The key that signs the
 * internal token and the keys that client tokens are checked against have no
 * defaults.
 */
export const GatewayConfigSchema = z
  .object({
    ...processEnvShape,
    PORT: portEnv(4000),
    SUPERGRAPH_PATH: z.string().optional(),
    SUBGRAPH_LEAD_URL: subgraphUrl(4001),
    SUBGRAPH_ACCOUNT_URL: subgraphUrl(4002),
    SUBGRAPH_ORDER_URL: subgraphUrl(4003),
    SUBGRAPH_PLANNING_URL: subgraphUrl(4004),
    SUBGRAPH_NOTIFICATION_URL: subgraphUrl(4005),
    ...clientAuthEnvShape,
    INTERNAL_TOKEN_PRIVATE_JWK: jsonEnv(Jwk),
    INTERNAL_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(300).default(60),
    LIMIT_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
    LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
    /**
     * Fields an operation may resolve at most, counting every list at the page it asks for (or
     * the most its service returns); the workbench's largest screen costs about 200,000.
     */
    LIMIT_MAX_COST: z.coerce.number().int().min(1).default(DEFAULT_LIMIT_MAX_COST),
    LIMIT_MAX_BATCH: z.coerce.number().int().min(1).default(10),
    LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).default(10_000),
    LIMIT_MAX_BODY_BYTES: z.coerce.number().int().min(1_000).default(200_000),
    LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
    /** Per-user rate limit (a token bucket per token subject); defaults to on in production only. */
    RATE_LIMIT_ENABLED: z.enum(['true', 'false']).optional(),
    /** Requests one user may send at once after being idle. */
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(60),
    /** Requests per second one user may keep sending. */
    RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(10),
    /**
     * Browser front ends on other origins that may call /graphql (the
     * workbench), comma-separated; none by default.
     */
    CORS_ALLOWED_ORIGINS: z
      .string()
      .default('')
      .transform((value, context) => {
        try {
          return parseAllowedOrigins(value);
        } catch (error) {
          context.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    /** Defaults to on outside production, off in production. */
    INTROSPECTION: z.enum(['true', 'false']).optional(),
    /**
     * Queries of one request to one subgraph that the plan sends at the same
     * moment go as one operation (subgraphs/merged-operations.ts); on by default.
     */
    SUBGRAPH_FETCH_BATCHING: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /**
     * Reads that one subgraph answers as asked are answered with its answer as it comes, without
     * Apollo Server's pipeline (single-fetch/single-fetch-shortcut.ts); on by default.
     */
    SINGLE_FETCH_SHORTCUT: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .refine(...oneClientKeySource)
  .transform((c) => ({
    ...c,
    INTROSPECTION:
      c.INTROSPECTION === undefined ? c.NODE_ENV !== 'production' : c.INTROSPECTION === 'true',
    RATE_LIMIT_ENABLED:
      c.RATE_LIMIT_ENABLED === undefined
        ? c.NODE_ENV === 'production'
        : c.RATE_LIMIT_ENABLED === 'true',
  }));
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig('gateway', GatewayConfigSchema, env);
}
