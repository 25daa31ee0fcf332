import {
  downstreamFetchIntervalEnv,
  loadConfig,
  portEnv,
  serviceEnvShape,
} from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the order service reads; see .env.example. */
export const OrderConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4003),
  KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: downstreamFetchIntervalEnv,
  /** The catalogue's currency: list prices, unit costs and every order are in it. */
  ORDER_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"')
    .default('EUR'),
  /** How often the contract watch looks for contracts that end soon, are behind pace or have ended. */
  CONTRACT_WATCH_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(900_000),
  /** Consumption may lag the straight-line pace by this much before ContractUnderrunRisk is raised. */
  CONTRACT_UNDERRUN_TOLERANCE_PERCENT: z.coerce.number().int().min(0).max(100).default(10),
  /** ContractUnderrunRisk is raised at most once per contract and product in each window of this many days. */
  CONTRACT_WARNING_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * An ad hoc line or a contract price more than this many percent below the list price needs the
   * approval of the seller's sales manager (as does any price below cost).
   */
  /** How often orders over their service level are looked for (OrderServiceLevelBreached). */
  ORDER_SLA_WATCH_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(300_000),
  ORDER_DISCOUNT_APPROVAL_PERCENT: z.coerce.number().min(0).max(100).default(20),
});
export type OrderConfig = z.infer<typeof OrderConfigSchema>;

export function loadOrderConfig(env: NodeJS.ProcessEnv = process.env): OrderConfig {
  return loadConfig('order', OrderConfigSchema, env);
}
