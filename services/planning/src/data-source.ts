import { PlanningTables1764400000000 } from './migrations/1764400000000-planning-tables';
import { SalesTeam } from './modules/team/sales-team.entity';

/** Everything the planning database holds, and the migrations that build it. */
export const planningEntities = [SalesTeam];
export const planningMigrations = [PlanningTables1764400000000];
