import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DisqualifyLeadInput } from './dto/disqualify-lead.input';
import { Lead } from './lead.entity';
import type { LeadLifecycleService } from './lead-lifecycle.service';

/** Thin: authorize, map input, call the service. Illegal steps answer INVALID_TRANSITION. */
@Resolver(() => Lead)
export class LeadLifecycleResolver {
  constructor(private readonly lifecycle: LeadLifecycleService) {}

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, { description: 'NEW -> CONTACTED: you reached the contact.' })
  markLeadContacted(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.lifecycle.markContacted(command, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, { description: 'CONTACTED -> QUALIFIED: worth an opportunity.' })
  qualifyLead(@Arg('id', () => ID) id: string, @Ctx() { command }: GraphQLContext): Promise<Lead> {
    return this.lifecycle.qualify(command, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description: 'Any open status -> DISQUALIFIED, with the required reason.',
  })
  disqualifyLead(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: DisqualifyLeadInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.lifecycle.disqualify(command, id, input.reason);
  }
}
