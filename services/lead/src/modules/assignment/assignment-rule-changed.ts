import type { LeadAssignmentRuleChangedData } from '@salesgraph/events';
import type { AssignmentRule } from './assignment-rule.entity';

/**
 * The whole rule as LeadAssignmentRuleChanged carries it: a reader of the
 * history sees each version of the rule, not a diff to piece together. A
 * deleted rule is published as it was when it was deleted.
 */
export function assignmentRuleChangedData(
  rule: AssignmentRule,
  change: LeadAssignmentRuleChangedData['change'],
  changedAt: Date,
): LeadAssignmentRuleChangedData {
  return {
    ruleId: rule.id,
    name: rule.name,
    teamId: rule.teamId,
    priority: rule.priority,
    countries: rule.countries,
    regions: rule.regions,
    segments: rule.segments,
    // The contract leaves the cap out when there is none (it must be positive when present).
    ...(rule.maxOpenLeadsPerRep != null ? { maxOpenLeadsPerRep: rule.maxOpenLeadsPerRep } : {}),
    active: rule.active,
    change,
    changedAt: changedAt.toISOString(),
  };
}
