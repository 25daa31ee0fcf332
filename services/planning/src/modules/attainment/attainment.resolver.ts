import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PeriodKind, periodStartDoc } from '../target/period-kind';
import { AccountAttainment } from './account-attainment.type';
import { AttainmentByAccount } from './attainment-by-account.type';
import { AttainmentByProductLine } from './attainment-by-product-line.type';
import { AttainmentByProduct } from './attainment-by-product.type';
import type { AttainmentBreakdownService } from './attainment-breakdown.service';
import type { AttainmentService } from './attainment.service';
import { SellerFiguresArgs } from './dto/seller-figures.args';
import { viewerCurrencyDoc, viewerCurrencyOf } from './dto/viewer-currency';
import { TeamFiguresArgs } from './dto/team-figures.args';
import { SalesAttainment } from './sales-attainment.type';

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
    @Args() args: SellerFiguresArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesAttainment> {
    return this.attainment.forUser(command, args);
  }

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesAttainment], { description: 'Attainment of every member of a team you lead.' })
  teamAttainment(
    @Args() args: TeamFiguresArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesAttainment[]> {
    return this.attainment.forTeam(command, args);
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
    @Arg('currency', () => String, { nullable: true, description: viewerCurrencyDoc })
    currency: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountAttainment> {
    return this.attainment.forAccount(
      command,
      accountId,
      periodKind,
      periodStart ?? undefined,
      viewerCurrencyOf(currency),
    );
  }

  @FieldResolver(() => [AttainmentByProductLine])
  byProductLine(
    @Root() attainment: SalesAttainment,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AttainmentByProductLine[]> {
    return this.breakdown.byProductLine(command, attainment);
  }

  @FieldResolver(() => [AttainmentByProduct])
  byProduct(
    @Root() attainment: SalesAttainment,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AttainmentByProduct[]> {
    return this.breakdown.byProduct(command, attainment);
  }

  @FieldResolver(() => [AttainmentByAccount])
  byAccount(
    @Root() attainment: SalesAttainment,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AttainmentByAccount[]> {
    return this.breakdown.byAccount(command, attainment);
  }
}
