import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { Lead } from './modules/lead/lead.entity';
import { LeadTables1764100000000 } from './migrations/1764100000000-lead-tables';

/** Everything the lead database holds, and the migrations that build it. */
export const leadEntities = [...teamDirectoryEntities, Lead];
export const leadMigrations = [...teamDirectoryMigrations, LeadTables1764100000000];
