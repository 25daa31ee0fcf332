import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AccountComponents } from '../account-components';
import { AccountTeamMember } from '../modules/account-team/account-team-member.entity';
import {
  CompetitorThreatLevel,
  CompetitorThreatStatus,
} from '../modules/competitor-threat/competitor-threat-enums';
import { CompetitorThreat } from '../modules/competitor-threat/competitor-threat.entity';
import type { AccountDemoSeed } from './account-demo-seed';
import { DemoRecordIds as R } from './demo-ids';
import type { DemoStep } from './demo-step';

const { globex, initech } = DemoAccounts;

/** The account teams of the key accounts, and a threat on each (Globex's already mitigated). */
export function teamAndThreatSteps(seed: AccountDemoSeed, s: AccountComponents): DemoStep[] {
  return [
    [
      AccountTeamMember,
      R.teamGlobexTechnical,
      () =>
        s.team.add(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            userId: DemoUsers.technician.id,
            name: DemoUsers.technician.name,
            department: 'TECHNICAL',
            role: 'Application engineer',
          },
          R.teamGlobexTechnical,
        ),
    ],
    [
      AccountTeamMember,
      R.teamGlobexLogistics,
      () =>
        s.team.add(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            userId: DemoUsers.logistics.id,
            name: DemoUsers.logistics.name,
            department: 'LOGISTICS',
            role: 'Delivery planner',
          },
          R.teamGlobexLogistics,
        ),
    ],
    [
      AccountTeamMember,
      R.teamInitechTechnical,
      () =>
        s.team.add(
          seed.ownerOf(initech.id),
          {
            accountId: initech.id,
            userId: DemoUsers.technician.id,
            name: DemoUsers.technician.name,
            department: 'TECHNICAL',
            role: 'Failure analysis',
          },
          R.teamInitechTechnical,
        ),
    ],
    [
      CompetitorThreat,
      R.threatInitechAcme,
      () =>
        s.threats.log(
          seed.ownerOf(initech.id),
          {
            accountId: initech.id,
            competitor: 'Acme Flow Systems',
            productId: DemoProducts.valve.id,
            threatLevel: CompetitorThreatLevel.HIGH,
            notes: 'Offered DN50 valves 12% below our price to their R&D director.',
          },
          R.threatInitechAcme,
        ),
    ],
    [
      CompetitorThreat,
      R.threatGlobexVortex,
      async () => {
        await s.threats.log(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            competitor: 'Vortex Pumps',
            productId: DemoProducts.pump.id,
            threatLevel: CompetitorThreatLevel.MEDIUM,
            notes: 'Trial pump installed in hall 3.',
          },
          R.threatGlobexVortex,
        );
        await s.threats.update(seed.ownerOf(globex.id), {
          id: R.threatGlobexVortex,
          status: CompetitorThreatStatus.MITIGATED,
          notes: 'Trial ended; they stay with us after a service-contract offer.',
        });
      },
    ],
  ];
}
