import type { GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AttainmentService } from '../attainment/attainment.service';
import { SalesAttainment } from '../attainment/sales-attainment.type';
import { SetRevenueTargetInput } from './dto/set-revenue-target.input';
import { PeriodKind } from './period-kind';
import { RevenueTarget } from './revenue-target.entity';
import type { RevenueTargetQueries } from './revenue-target.queries';
import type { RevenueTargetService } from './revenue-target.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => RevenueTarget)
export class RevenueTargetResolver {
  constructor(
    private readonly targets: RevenueTargetService,
    private readonly queries: RevenueTargetQueries,
    private readonly attainmentService: AttainmentService,
  ) {}

  @Authorized('SALES_MANAGER')
  @Mutation(() => RevenueTarget, {
    description: 'Set or replace the target of a member of a team you lead, for one period.',
  })
  setRevenueTarget(
    @Arg('input') input: SetRevenueTargetInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RevenueTarget> {
    return this.targets.set(command, input);
  }

  @Authorized()
  @Query(() => [RevenueTarget], {
    description: 'Targets you may see: yours; your teams’ as a manager; all as admin. At most 500.',
  })
  revenueTargets(
    @Arg('userId', () => ID, { nullable: true, description: 'Only this person’s.' })
    userId: string | undefined,
    @Arg('periodKind', () => PeriodKind, { nullable: true }) periodKind: PeriodKind | undefined,
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RevenueTarget[]> {
    const filter = { periodKind: periodKind ?? undefined, year: year ?? undefined };
    return userId
      ? this.queries.forUser(command, userId, filter)
      : this.queries.list(command, filter);
  }

  @FieldResolver(() => SalesAttainment, { description: 'Booked and invoiced against this target.' })
  attainment(
    @Root() target: RevenueTarget,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesAttainment> {
    return this.attainmentService.ofTarget(command, target);
  }
}
