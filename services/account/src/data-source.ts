import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { AccountTables1764200000000 } from './migrations/1764200000000-account-tables';
import { Account } from './modules/account/account.entity';

/** Everything the account database holds, and the migrations that build it. */
export const accountEntities = [...teamDirectoryEntities, Account];
export const accountMigrations = [...teamDirectoryMigrations, AccountTables1764200000000];
