import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AttainmentService } from '../attainment/attainment.service';
import { SalesAttainment } from '../attainment/sales-attainment.type';
import { RevenueTarget } from '../target/revenue-target.entity';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import { User } from './user.type';
import { PeriodKind, periodStartDoc } from '../target/period-kind';

/** `User.targets` and `User.attainment`: for the user themselves, their sales manager and admins. */
@Resolver(() => User)
export class UserPlanningResolver {
  constructor(
    private readonly targetService: RevenueTargetQueries,
    private readonly attainmentService: AttainmentService,
  ) {}

  @FieldResolver(() => [RevenueTarget], {
    description: 'Revenue targets of this user, newest period first.',
  })
  targets(
    @Root() user: User,
    @Arg('periodKind', () => PeriodKind, { nullable: true }) periodKind: PeriodKind | undefined,
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RevenueTarget[]> {
    return this.targetService.forUser(command, user.id, {
      periodKind: periodKind ?? undefined,
      year: year ?? undefined,
    });
  }

  @FieldResolver(() => SalesAttainment, {
    description: 'Booked and invoiced against target in a period.',
  })
  attainment(
    @Root() user: User,
    @Arg('periodKind', () => PeriodKind) periodKind: PeriodKind,
    @Arg('periodStart', () => String, {
      nullable: true,
      description: periodStartDoc,
    })
    periodStart: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesAttainment> {
    return this.attainmentService.forUser(command, { userId: user.id, periodKind, periodStart });
  }
}
