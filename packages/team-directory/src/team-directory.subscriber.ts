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
