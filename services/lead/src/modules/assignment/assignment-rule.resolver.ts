import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { AssignmentRule } from './assignment-rule.entity';
import type { AssignmentRuleService } from './assignment-rule.service';
import { AssignmentRuleInput } from './dto/assignment-rule.input';

/** Thin: authorize, map input, call the service. */
@Resolver(() => AssignmentRule)
export class AssignmentRuleResolver {
  constructor(private readonly rules: AssignmentRuleService) {}

  @Authorized('SALES_MANAGER')
  @Query(() => [AssignmentRule], {
    description: 'Every assignment rule, in the order they are tried.',
  })
  leadAssignmentRules(): Promise<AssignmentRule[]> {
    return this.rules.list();
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AssignmentRule, { description: 'Add a rule for a team you manage.' })
  createLeadAssignmentRule(
    @Arg('input') input: AssignmentRuleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AssignmentRule> {
    return this.rules.create(context, input);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AssignmentRule, { description: 'Replace a rule of a team you manage.' })
  updateLeadAssignmentRule(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AssignmentRuleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AssignmentRule> {
    return this.rules.update(context, id, input);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AssignmentRule, {
    description: 'Delete a rule of a team you manage; returns it as it was.',
  })
  deleteLeadAssignmentRule(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AssignmentRule> {
    return this.rules.remove(context, id);
  }

  // The same role as every way to reach a rule: its queries and mutations.
  @Authorized('SALES_MANAGER')
  @FieldResolver(() => [AuditEntry], {
    description: 'Who created, changed or deleted this rule, what and when; oldest first.',
  })
  history(@Root() rule: AssignmentRule): Promise<AuditEntry[]> {
    return this.rules.history(rule.id);
  }
}
