import { AuditEntry, PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CreateLeadInput } from './dto/create-lead.input';
import { LeadFilterInput } from './dto/lead-filter.input';
import { Lead } from './lead.entity';
import type { LeadService } from './lead.service';

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
    @Ctx() context: GraphQLContext,
  ): Promise<Lead[]> {
    return this.leadService.list(context.user, filter, page);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'MARKETING')
  @Query(() => Lead)
  lead(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Lead> {
    return this.leadService.get(context.user, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description:
      'Enter a lead you found; you own it (a manager may name a rep, or let the rules decide).',
  })
  createLead(@Arg('input') input: CreateLeadInput, @Ctx() context: GraphQLContext): Promise<Lead> {
    return this.leadService.create(context, input);
  }

  @FieldResolver(() => [AuditEntry], { description: 'Who changed this lead, what and when.' })
  history(@Root() lead: Lead): Promise<AuditEntry[]> {
    return this.leadService.history(lead.id);
  }
}
