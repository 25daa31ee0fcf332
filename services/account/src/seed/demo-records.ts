import type { AccountComponents } from '../account-components';
import type { AccountDemoSeed } from './account-demo-seed';
import { planAndProposalSteps } from './demo-plans-and-proposals';
import { serviceRequestSteps } from './demo-service-requests';
import { teamAndThreatSteps } from './demo-team-and-threats';

/**
 * Team, threats, communication plan, proposals and service requests, each
 * created through its service by the account's owner unless it exists.
 */
export async function seedDemoRecords(
  seed: AccountDemoSeed,
  s: AccountComponents,
  now: Date,
): Promise<number> {
  let created = 0;
  for (const [entity, id, create] of [
    ...teamAndThreatSteps(seed, s),
    ...planAndProposalSteps(seed, s, now),
    ...serviceRequestSteps(seed, s, now),
  ]) {
    if (await seed.exists(entity, id)) continue;
    await create();
    created += 1;
  }
  return created;
}
