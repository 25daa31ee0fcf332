import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Lead } from '../lead/lead.entity';
import type { LeadService } from '../lead/lead.service';
import type { AssignmentService } from './assignment.service';
import { AssignLeadInput } from './dto/assign-lead.input';
import { QueueBatchArgs } from './dto/queue-batch.args';

/** The unassigned queue and reassignment, for sales managers. */
@Resolver(() => Lead)
export class LeadAssignmentResolver {
  constructor(
    private readonly assignment: AssignmentService,
    private readonly leads: LeadService,
  ) {}

  @Authorized('SALES_MANAGER')
  @Query(() => [Lead], {
    description: 'Open leads waiting for an owner, oldest first; each says why.',
  })
  unassignedLeads(@Args() page: PageArgs, @Ctx() { command }: GraphQLContext): Promise<Lead[]> {
    return this.leads.queue(command, page);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => Lead, {
    description: 'Give a lead to a rep of your teams (caps do not bind managers).',
  })
  assignLead(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AssignLeadInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.assignment.reassign(command, id, input.ownerId, input.reason);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => [Lead], {
    description:
      'Run the assignment rules again over your unassigned queue; returns the leads tried.',
  })
  applyLeadAssignmentRules(
    @Args() batch: QueueBatchArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead[]> {
    return this.assignment.applyRulesToQueue(command, batch.limit);
  }
}
