import {
  accountDirectoryEntities,
  accountDirectoryMigrations,
} from '@salesgraph/account-directory';
import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { PlanningTables1764400000000 } from './migrations/1764400000000-planning-tables';
import { TargetsAndPlans1764400000100 } from './migrations/1764400000100-targets-and-plans';
import { Projections1764400000200 } from './migrations/1764400000200-projections';
import { TeamDirectoryBackfill1764400000300 } from './migrations/1764400000300-team-directory-backfill';
import { BookingFromOrderSnapshot1764400000400 } from './migrations/1764400000400-booking-from-order-snapshot';
import { TeamMembershipRequests1764400000500 } from './migrations/1764400000500-team-membership-requests';
import { MembershipRequestReasons1764400000600 } from './migrations/1764400000600-membership-request-reasons';
import { ExchangeRates1764400000700 } from './migrations/1764400000700-exchange-rates';
import { OrderCostCurrency1764400000800 } from './migrations/1764400000800-order-cost-currency';
import { ExchangeRate } from './modules/currency/exchange-rate.entity';
import { AttainmentOrderLine } from './modules/attainment/attainment-order-line.entity';
import { AttainmentOrder } from './modules/attainment/attainment-order.entity';
import { PipelineOpportunity } from './modules/forecast/pipeline-opportunity.entity';
import { AccountPlan } from './modules/plan/account-plan.entity';
import { PlanProductTarget } from './modules/plan/plan-product-target.entity';
import { RelationshipAction } from './modules/plan/relationship-action.entity';
import { PlanShortfallAlert } from './modules/shortfall/plan-shortfall-alert.entity';
import { RevenueTargetSplit } from './modules/target/revenue-target-split.entity';
import { RevenueTarget } from './modules/target/revenue-target.entity';
import { SalesTeamMember } from './modules/team/sales-team-member.entity';
import { SalesTeamMembershipRequest } from './modules/team/sales-team-membership-request.entity';
import { SalesTeam } from './modules/team/sales-team.entity';

/** Everything the planning database holds, and the migrations that build it. */
export const planningEntities = [
  ...teamDirectoryEntities,
  ...accountDirectoryEntities,
  SalesTeam,
  SalesTeamMember,
  SalesTeamMembershipRequest,
  RevenueTarget,
  RevenueTargetSplit,
  AccountPlan,
  PlanProductTarget,
  RelationshipAction,
  PlanShortfallAlert,
  AttainmentOrder,
  AttainmentOrderLine,
  PipelineOpportunity,
  ExchangeRate,
];
export const planningMigrations = [
  ...teamDirectoryMigrations,
  ...accountDirectoryMigrations,
  PlanningTables1764400000000,
  TargetsAndPlans1764400000100,
  Projections1764400000200,
  TeamDirectoryBackfill1764400000300,
  BookingFromOrderSnapshot1764400000400,
  TeamMembershipRequests1764400000500,
  MembershipRequestReasons1764400000600,
  ExchangeRates1764400000700,
  OrderCostCurrency1764400000800,
];
