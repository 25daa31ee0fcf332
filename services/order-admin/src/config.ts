import {
  clientAuthEnvShape,
  kafkaEnvShape,
  loadConfig,
  oneClientKeySource,
  portEnv,
  processEnvShape,
} from '@salesgraph/service-kit';
import { Roles } from '@salesgraph/identity';
import { z } from 'zod';

/**
 * The order-admin consumer's configuration (see .env.example). It
 * is the sales-coordination team's app: it knows Kafka and the order events,
 * nothing of the order service's database.
 */
export const OrderAdminConfigSchema = z
  .object({
    ...processEnvShape,
    ...kafkaEnvShape,
    PORT: portEnv(4010),
    /**
     * The queue shows every order's account, seller and totals: front ends call
     * it with the same tokens as the gateway, verified the same way.
     */
    ...clientAuthEnvShape,
    /** Who may read the queue, comma-separated; ADMIN always may. */
    ORDER_ADMIN_ROLES: z
      .string()
      .default('SALES_COORDINATOR')
      .transform((s) =>
        s
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(Roles)).min(1)),
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
  })
  .refine(...oneClientKeySource);
export type OrderAdminConfig = z.infer<typeof OrderAdminConfigSchema>;

export function loadOrderAdminConfig(env: NodeJS.ProcessEnv = process.env): OrderAdminConfig {
  return loadConfig('order-admin', OrderAdminConfigSchema, env);
}
