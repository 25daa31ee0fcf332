import { PageArgs, type GraphQLContext, type Listed } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CreateLeadInput } from './dto/create-lead.input';
import { LeadFilterInput } from './dto/lead-filter.input';
import { Lead } from './lead.entity';
import type { LeadService } from './lead.service';
import { leadListing, LeadListArgs } from './lead-listing';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Lead)
export class LeadResolver {
  constructor(private readonly leadService: LeadService) {}

  @Authorized('SALES_REP', 'SALES_MANAGER', 'MARKETING')
  @Query(() => [Lead], {
    description:
      'Leads you may see, newest first: your own as a rep; your teams’ and the unassigned queue as a manager; those marketing sent as marketing.',
  })
  leads(
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead[]> {
    return this.leadService.list(command, filter, page);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'MARKETING')
  @Query(() => leadListing.List, {
    description:
      'A page of the leads you may see (as `leads`), searched by company, contact, e-mail or domain, sorted as you ask, with how many match.',
  })
  leadList(
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | undefined,
    @Args() args: LeadListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Listed<Lead>> {
    return this.leadService.page(command, filter, args);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'MARKETING')
  @Query(() => Lead)
  lead(@Arg('id', () => ID) id: string, @Ctx() { command }: GraphQLContext): Promise<Lead> {
    return this.leadService.get(command, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description:
      'Enter a lead you found; you own it (a manager may name a rep, or let the rules decide).',
  })
  createLead(
    @Arg('input') input: CreateLeadInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.leadService.create(command, input);
  }
}
