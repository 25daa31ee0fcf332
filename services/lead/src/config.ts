import { loadConfig, portEnv, serviceEnvShape } from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the lead service reads; see .env.example. */
export const LeadConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4001),
});
export type LeadConfig = z.infer<typeof LeadConfigSchema>;

export function loadLeadConfig(env: NodeJS.ProcessEnv = process.env): LeadConfig {
  return loadConfig('lead', LeadConfigSchema, env);
}
