import { loadConfig, portEnv, serviceEnvShape } from '@salesgraph/service-kit';
import { z } from 'zod';

/**
 * The service's name: it names its logs, its event source and consumer
 * groups, and the identity it acts under when it reacts to an event.
 */
export const leadServiceName = 'lead';

/** Every variable the lead service reads; see .env.example. */
export const LeadConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4001),
});
export type LeadConfig = z.infer<typeof LeadConfigSchema>;

export function loadLeadConfig(env: NodeJS.ProcessEnv = process.env): LeadConfig {
  return loadConfig(leadServiceName, LeadConfigSchema, env);
}
