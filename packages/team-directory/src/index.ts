import { TeamDirectory1764000000100 } from './migrations/1764000000100-team-directory';
import { TeamMember } from './team-member.entity';

export * from './team-member.entity';
export * from './team-directory';
export * from './team-directory.subscriber';
export { TeamDirectory1764000000100 };

export const teamDirectoryEntities = [TeamMember];
export const teamDirectoryMigrations = [TeamDirectory1764000000100];
