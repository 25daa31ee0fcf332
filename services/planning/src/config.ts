import {
  downstreamFetchIntervalEnv,
  loadConfig,
  portEnv,
  serviceEnvShape,
} from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the planning service reads; see .env.example. */
export const PlanningConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4004),
  KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: downstreamFetchIntervalEnv,
  /** Targets and plans default to it; attainment counts only orders and opportunities in a target's currency. */
  PLANNING_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"')
    .default('EUR'),
  /** A plan product is short when its booked revenue is below pace by more than this share. */
  SHORTFALL_THRESHOLD_PERCENT: z.coerce
    .number()
    .gt(0, 'must be above 0')
    .lt(100, 'must be below 100')
    .default(20),
  /** How often approved plans are checked against pace. */
  SHORTFALL_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(300_000),
  /** No checks in the first days of a plan year, when pace is too small to mean anything. */
  SHORTFALL_GRACE_DAYS: z.coerce.number().int().min(0).max(180).default(14),
  /** When the relationship action created for a shortfall is due, in days after detection. */
  SHORTFALL_ACTION_DUE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
});
export type PlanningConfig = z.infer<typeof PlanningConfigSchema>;

export function loadPlanningConfig(env: NodeJS.ProcessEnv = process.env): PlanningConfig {
  return loadConfig('planning', PlanningConfigSchema, env);
}
