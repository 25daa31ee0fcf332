import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
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
  leadAssignmentRules(@Ctx() { command }: GraphQLContext): Promise<AssignmentRule[]> {
    return this.rules.list(command);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AssignmentRule, { description: 'Add a rule for a team you manage.' })
  createLeadAssignmentRule(
    @Arg('input') input: AssignmentRuleInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AssignmentRule> {
    return this.rules.create(command, input);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AssignmentRule, { description: 'Replace a rule of a team you manage.' })
  updateLeadAssignmentRule(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AssignmentRuleInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AssignmentRule> {
    return this.rules.update(command, id, input);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AssignmentRule, {
    description: 'Delete a rule of a team you manage; returns it as it was.',
  })
  deleteLeadAssignmentRule(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AssignmentRule> {
    return this.rules.remove(command, id);
  }
}
