import { kafkaEnvShape, loadConfig, portEnv, processEnvShape } from '@salesgraph/service-kit';
import { z } from 'zod';

/**
 * The order-admin consumer's configuration (see .env.example). It
 * is the sales-coordination team's app: it knows Kafka and the order events,
 * nothing of the order service's database.
 */
export const OrderAdminConfigSchema = z.object({
  ...processEnvShape,
  ...kafkaEnvShape,
  PORT: portEnv(4010),
  /**
   * The queue lives in memory and is rebuilt from the whole topic at every
   * start, so each process reads with a group of its own: this prefix plus a
   * start id.
   */
  ORDER_ADMIN_GROUP_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]+$/)
    .default('order-admin.queue'),
  /** How often the queue's summary is logged; 0 turns it off. */
  ORDER_ADMIN_SUMMARY_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
});
export type OrderAdminConfig = z.infer<typeof OrderAdminConfigSchema>;

export function loadOrderAdminConfig(env: NodeJS.ProcessEnv = process.env): OrderAdminConfig {
  return loadConfig('order-admin', OrderAdminConfigSchema, env);
}
