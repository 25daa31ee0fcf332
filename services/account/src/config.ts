import {
  downstreamFetchIntervalEnv,
  loadConfig,
  portEnv,
  serviceEnvShape,
} from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the account service reads; see .env.example. */
export const AccountConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4002),
  KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: downstreamFetchIntervalEnv,
  /** How often every account's health is assessed again (it ages: days since the last order grow). */
  HEALTH_RECHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
});
export type AccountConfig = z.infer<typeof AccountConfigSchema>;

export function loadAccountConfig(env: NodeJS.ProcessEnv = process.env): AccountConfig {
  return loadConfig('account', AccountConfigSchema, env);
}
