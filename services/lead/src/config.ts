import {
  loadConfig,
  partitionsInParallelEnv,
  portEnv,
  serviceEnvShape,
} from '@salesgraph/service-kit';
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
  /**
   * Marketing's partitions (3 by default) are taken in at once: the batches of
   * one fetch that fit in a batch together go in one transaction (SliceMerger),
   * larger ones each in its own, side by side, their round trips to PostgreSQL
   * overlapping as with a second instance, which the intake is built to bear
   * (duplicates met across batches, the assignment lock taken last).
   * KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS stays 0 here (unlike the services
   * downstream of it): a lead's intake is what a rep waits on.
   */
  KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL: partitionsInParallelEnv.default(3),
  /** How often the follow-up watch raises FollowUpOverdue for follow-ups that have passed. */
  LEAD_FOLLOW_UP_WATCH_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(86_400_000)
    .default(300_000),
  /**
   * A lead that returns (same e-mail, or domain and contact) this many days or more after its
   * predecessor was disqualified or converted opens as a new lead linked to it; sooner, it is
   * merged into the predecessor as a duplicate.
   */
  LEAD_RETURN_QUIET_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
});
export type LeadConfig = z.infer<typeof LeadConfigSchema>;

export function loadLeadConfig(env: NodeJS.ProcessEnv = process.env): LeadConfig {
  return loadConfig(leadServiceName, LeadConfigSchema, env);
}
