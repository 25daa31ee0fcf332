import { loadConfig, portEnv, serviceEnvShape } from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the order service reads; see .env.example. */
export const OrderConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4003),
});
export type OrderConfig = z.infer<typeof OrderConfigSchema>;

export function loadOrderConfig(env: NodeJS.ProcessEnv = process.env): OrderConfig {
  return loadConfig('order', OrderConfigSchema, env);
}
