import { loadConfig, portEnv, serviceEnvShape } from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the planning service reads; see .env.example. */
export const PlanningConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4004),
});
export type PlanningConfig = z.infer<typeof PlanningConfigSchema>;

export function loadPlanningConfig(env: NodeJS.ProcessEnv = process.env): PlanningConfig {
  return loadConfig('planning', PlanningConfigSchema, env);
}
