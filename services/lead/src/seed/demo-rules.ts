import { DemoTeams, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { LeadSegment } from '../modules/lead/lead-segment';
import type { AssignmentRuleInput } from '../modules/assignment/dto/assignment-rule.input';
import { DemoRuleIds } from './demo-ids';

/** The demo teams' members, as planning's seed publishes them (applied here too, see LeadDemoSeed). */
export const demoTeamMembers = [
  { team: DemoTeams.north, reps: [DemoUsers.rep.id, DemoUsers.rep2.id] },
  { team: DemoTeams.south, reps: [DemoUsers.rep3.id, DemoUsers.rep4.id] },
];

/**
 * North takes the German-speaking countries and large companies from where no
 * team covers; South takes southern Europe. Leads from elsewhere wait in the
 * queue, so the demo shows the unassigned queue with its reason.
 */
export const demoRules: Array<{
  id: string;
  manager: AuthenticatedUser;
  input: AssignmentRuleInput;
}> = [
  {
    id: DemoRuleIds.dach,
    manager: DemoUsers.manager,
    input: rule('DACH', 10, DemoTeams.north.id, ['DE', 'AT', 'CH'], [], 25),
  },
  {
    id: DemoRuleIds.southernEurope,
    manager: DemoUsers.manager2,
    input: rule('Southern Europe', 20, DemoTeams.south.id, ['FR', 'IT', 'ES', 'PT'], [], 25),
  },
  {
    id: DemoRuleIds.largeElsewhere,
    manager: DemoUsers.manager,
    input: rule('Large companies elsewhere', 30, DemoTeams.north.id, [], [LeadSegment.LARGE], 10),
  },
];

function rule(
  name: string,
  priority: number,
  teamId: string,
  countries: string[],
  segments: LeadSegment[],
  maxOpenLeadsPerRep: number,
): AssignmentRuleInput {
  return {
    name,
    priority,
    teamId,
    countries,
    regions: [],
    segments,
    maxOpenLeadsPerRep,
    active: true,
  };
}
