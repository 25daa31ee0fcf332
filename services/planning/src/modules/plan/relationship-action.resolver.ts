import { AuditEntry, eventContextOf, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AddRelationshipActionInput } from './dto/add-relationship-action.input';
import { UpdateRelationshipActionInput } from './dto/update-relationship-action.input';
import { RelationshipActionStatus } from './relationship-action-status';
import { RelationshipAction } from './relationship-action.entity';
import type { RelationshipActionHistory } from './relationship-action.history';
import type { RelationshipActionService } from './relationship-action.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => RelationshipAction)
export class RelationshipActionResolver {
  constructor(
    private readonly actions: RelationshipActionService,
    private readonly histories: RelationshipActionHistory,
  ) {}

  @Authorized()
  @Query(() => [RelationshipAction], {
    description: 'Relationship actions assigned to you, soonest due first.',
  })
  myRelationshipActions(
    @Arg('status', () => RelationshipActionStatus, { nullable: true })
    status: RelationshipActionStatus | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<RelationshipAction[]> {
    return this.actions.mine(context.user, status ?? undefined);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => RelationshipAction, {
    description: 'Add an action to a plan of yours (in any status).',
  })
  addRelationshipAction(
    @Arg('input') input: AddRelationshipActionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<RelationshipAction> {
    return this.actions.add(context.user, input, eventContextOf(context));
  }

  @Authorized()
  @Mutation(() => RelationshipAction, {
    description:
      'Change an action: the plan’s account manager anything, the action’s owner its status.',
  })
  updateRelationshipAction(
    @Arg('input') input: UpdateRelationshipActionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<RelationshipAction> {
    return this.actions.update(context.user, input, eventContextOf(context));
  }

  /**
   * An action is reached only through what already checks who may see it: the
   * plan's readers (AccountPlan.relationshipActions), its owner
   * (myRelationshipActions) and whoever just changed it. Its history goes
   * with it, as the rest of its fields do.
   */
  @FieldResolver(() => [AuditEntry], {
    description:
      'Who added and changed this action (its plan’s events about it, or the shortfall that created it), what and when; oldest first.',
  })
  history(
    @Root() action: RelationshipAction,
    @Ctx() context: GraphQLContext,
  ): Promise<AuditEntry[]> {
    return this.histories.load(context, action);
  }
}
