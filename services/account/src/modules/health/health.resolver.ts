import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { AccountHealth } from './account-health.type';
import { HEALTH_RULE_VERSION } from './health-rule';

/** Account.health: the stored assessment (kept current by changes and by the recheck job). */
@Resolver(() => Account)
export class AccountHealthResolver {
  @FieldResolver(() => AccountHealth)
  health(@Root() account: Account): AccountHealth {
    return {
      score: account.healthScore,
      status: account.status,
      reasons: account.healthReasons,
      ruleVersion: account.healthRuleVersion ?? HEALTH_RULE_VERSION,
      assessedAt: account.healthComputedAt,
    };
  }
}
