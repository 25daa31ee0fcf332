import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AddRelationshipActionInput } from './dto/add-relationship-action.input';
import { UpdateRelationshipActionInput } from './dto/update-relationship-action.input';
import { RelationshipActionStatus } from './relationship-action-status';
import { RelationshipAction } from './relationship-action.entity';
import type { RelationshipActionService } from './relationship-action.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => RelationshipAction)
export class RelationshipActionResolver {
  constructor(private readonly actions: RelationshipActionService) {}

  @Authorized()
  @Query(() => [RelationshipAction], {
    description: 'Relationship actions assigned to you, soonest due first.',
  })
  myRelationshipActions(
    @Arg('status', () => RelationshipActionStatus, { nullable: true })
    status: RelationshipActionStatus | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RelationshipAction[]> {
    return this.actions.mine(command, status ?? undefined);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => RelationshipAction, {
    description: 'Add an action to a plan of yours (in any status).',
  })
  addRelationshipAction(
    @Arg('input') input: AddRelationshipActionInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RelationshipAction> {
    return this.actions.add(command, input);
  }

  @Authorized()
  @Mutation(() => RelationshipAction, {
    description:
      'Change an action: the plan’s account manager anything, the action’s owner its status.',
  })
  updateRelationshipAction(
    @Arg('input') input: UpdateRelationshipActionInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RelationshipAction> {
    return this.actions.update(command, input);
  }
}
