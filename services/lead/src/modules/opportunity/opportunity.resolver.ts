import { PageArgs, type GraphQLContext, type Listed } from '@salesgraph/service-kit';
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
import { AccountRef } from '../account/account-ref.type';
import { CreateOpportunityInput } from './dto/create-opportunity.input';
import { OpportunityFilterInput } from './dto/opportunity-filter.input';
import { OpportunityTermsInput } from './dto/opportunity-terms.input';
import type { OpportunityQueryService } from './opportunity-query.service';
import { Opportunity } from './opportunity.entity';
import type { OpportunityService } from './opportunity.service';
import { opportunityListing, OpportunityListArgs } from './opportunity-listing';

/** Thin: authorize, map input, call the service. Stage changes live in OpportunityStageResolver. */
@Resolver(() => Opportunity)
export class OpportunityResolver {
  constructor(
    private readonly queries: OpportunityQueryService,
    private readonly opportunityService: OpportunityService,
  ) {}

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Query(() => [Opportunity], {
    description: 'Opportunities you may see, most recently changed first.',
  })
  opportunities(
    @Arg('filter', () => OpportunityFilterInput, { nullable: true })
    filter: OpportunityFilterInput | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity[]> {
    return this.queries.list(command, filter, page);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Query(() => opportunityListing.List, {
    description:
      'A page of the opportunities you may see (as `opportunities`), searched by name, sorted as you ask, with how many match.',
  })
  opportunityList(
    @Arg('filter', () => OpportunityFilterInput, { nullable: true })
    filter: OpportunityFilterInput | undefined,
    @Args() args: OpportunityListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Listed<Opportunity>> {
    return this.queries.page(command, filter, args);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Query(() => Opportunity)
  opportunity(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity> {
    return this.queries.get(command, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Mutation(() => Opportunity, { description: 'Open a deal with an existing customer.' })
  createOpportunity(
    @Arg('input') input: CreateOpportunityInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity> {
    return this.opportunityService.create(command, input);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Mutation(() => Opportunity, {
    description: 'Change the terms of an open deal; fields left out stay.',
  })
  updateOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('terms') terms: OpportunityTermsInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity> {
    return this.opportunityService.update(command, id, terms);
  }

  // Nullable: the account service decides whether the caller may see the account itself.
  @FieldResolver(() => AccountRef, { nullable: true })
  account(@Root() opportunity: Opportunity): AccountRef {
    return { id: opportunity.accountId };
  }
}
