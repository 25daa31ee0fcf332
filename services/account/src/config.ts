import { loadConfig, portEnv, serviceEnvShape } from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the account service reads; see .env.example. */
export const AccountConfigSchema = z.object({
  ...serviceEnvShape,
  PORT: portEnv(4002),
});
export type AccountConfig = z.infer<typeof AccountConfigSchema>;

export function loadAccountConfig(env: NodeJS.ProcessEnv = process.env): AccountConfig {
  return loadConfig('account', AccountConfigSchema, env);
}
