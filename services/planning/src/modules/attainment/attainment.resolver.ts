import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AccountAttainment } from './account-attainment.type';
import { AttainmentByAccount } from './attainment-by-account.type';
import { AttainmentByProductLine } from './attainment-by-product-line.type';
import { AttainmentByProduct } from './attainment-by-product.type';
import type { AttainmentBreakdownService } from './attainment-breakdown.service';
import type { AttainmentService } from './attainment.service';
import { SalesAttainment } from './sales-attainment.type';
import { PeriodKind, periodStartDoc } from '../target/period-kind';

/** Thin: authorize, map arguments, call the service. */
@Resolver(() => SalesAttainment)
export class AttainmentResolver {
  constructor(
    private readonly attainment: AttainmentService,
    private readonly breakdown: AttainmentBreakdownService,
  ) {}

  @Authorized()
  @Query(() => SalesAttainment, {
    description: 'A seller’s attainment: yours, or a member of a team you lead.',
  })
  salesAttainment(
    @Arg('periodKind', () => PeriodKind) periodKind: PeriodKind,
    @Arg('periodStart', () => String, { nullable: true, description: periodStartDoc })
    periodStart: string | undefined,
    @Arg('userId', () => ID, { nullable: true, description: 'You when left out.' })
    userId: string | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesAttainment> {
    return this.attainment.forUser(
      context.user,
      userId ?? context.user.id,
      periodKind,
      periodStart ?? undefined,
    );
  }

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesAttainment], { description: 'Attainment of every member of a team you lead.' })
  teamAttainment(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('periodKind', () => PeriodKind) periodKind: PeriodKind,
    @Arg('periodStart', () => String, { nullable: true, description: periodStartDoc })
    periodStart: string | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesAttainment[]> {
    return this.attainment.forTeam(context.user, teamId, periodKind, periodStart ?? undefined);
  }

  @Authorized()
  @Query(() => AccountAttainment, {
    description: 'What an account you own (or your team owns) bought in a period.',
  })
  accountAttainment(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('periodKind', () => PeriodKind) periodKind: PeriodKind,
    @Arg('periodStart', () => String, { nullable: true, description: periodStartDoc })
    periodStart: string | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountAttainment> {
    return this.attainment.forAccount(
      context.user,
      accountId,
      periodKind,
      periodStart ?? undefined,
    );
  }

  @FieldResolver(() => [AttainmentByProductLine])
  byProductLine(@Root() attainment: SalesAttainment): Promise<AttainmentByProductLine[]> {
    return this.breakdown.byProductLine(attainment);
  }

  @FieldResolver(() => [AttainmentByProduct])
  byProduct(@Root() attainment: SalesAttainment): Promise<AttainmentByProduct[]> {
    return this.breakdown.byProduct(attainment);
  }

  @FieldResolver(() => [AttainmentByAccount])
  byAccount(@Root() attainment: SalesAttainment): Promise<AttainmentByAccount[]> {
    return this.breakdown.byAccount(attainment);
  }
}
