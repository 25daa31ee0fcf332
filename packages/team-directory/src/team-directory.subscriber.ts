import { SalesTeamUpdated, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { TeamDirectory } from './team-directory';

/** The consumer a service adds to keep its team directory in step with planning. */
export function teamDirectorySubscriber(serviceName: string, directory = new TeamDirectory()) {
  return {
    groupId: `${serviceName}.team-directory`,
    topics: [Topics.planning],
    handlers: [on(SalesTeamUpdated, (event, { manager }) => directory.apply(manager, event.data))],
  };
}

/**
 * The team directory as a projection that `npm run replay` rebuilds: its
 * table and its consumer. Access checks rely on it, so a skipped or
 * dead-lettered team event is repaired by a replay.
 */
export function teamDirectoryProjection(serviceName: string, directory = new TeamDirectory()) {
  return {
    name: 'team-directory',
    tables: ['team_member'],
    subscribers: [teamDirectorySubscriber(serviceName, directory)],
  };
}
