import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LoseOpportunityInput } from './dto/lose-opportunity.input';
import { MoveOpportunityInput } from './dto/move-opportunity.input';
import { WinOpportunityInput } from './dto/win-opportunity.input';
import { Opportunity } from './opportunity.entity';
import { OpportunityStageProbability } from './opportunity-stage-probability.type';
import type { OpportunityStageService } from './opportunity-stage.service';
import { stageProbabilities } from './opportunity-probability.rule';
import { OpportunityStage } from './opportunity-stage';

@Resolver(() => Opportunity)
export class OpportunityStageResolver {
  constructor(private readonly stages: OpportunityStageService) {}

  @Authorized()
  @Query(() => [OpportunityStageProbability], {
    description: 'The default probability of each stage and how far an owner may move it.',
  })
  opportunityStageProbabilities(): OpportunityStageProbability[] {
    return Object.values(OpportunityStage).map((stage) => ({
      stage,
      ...stageProbabilities[stage],
    }));
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Mutation(() => Opportunity, { description: 'Move an open deal to another open stage.' })
  moveOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: MoveOpportunityInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity> {
    return this.stages.move(command, id, input);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Mutation(() => Opportunity, {
    description: 'PROPOSAL or NEGOTIATION -> WON; the order service drafts an order.',
  })
  winOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => WinOpportunityInput, { nullable: true })
    input: WinOpportunityInput | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity> {
    return this.stages.win(command, id, input ?? {});
  }

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Mutation(() => Opportunity, { description: 'Any open stage -> LOST, with the required reason.' })
  loseOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: LoseOpportunityInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity> {
    return this.stages.lose(command, id, input.reason);
  }
}
