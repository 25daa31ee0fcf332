import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AccountServices } from '../account-services';
import { addDays, isoDate } from '../common/dates';
import { AccountTeamMember } from '../modules/account-team/account-team-member.entity';
import { Touchpoint } from '../modules/communication-plan/touchpoint.entity';
import {
  TouchpointCadence as Cadence,
  TouchpointChannel as Channel,
} from '../modules/communication-plan/touchpoint-enums';
import {
  CompetitorThreatLevel,
  CompetitorThreatStatus,
} from '../modules/competitor-threat/competitor-threat-enums';
import { CompetitorThreat } from '../modules/competitor-threat/competitor-threat.entity';
import { CustomisationProposal } from '../modules/proposal/customisation-proposal.entity';
import { ServiceRequestPriority as Priority } from '../modules/service-request/service-request-enums';
import { ServiceRequest } from '../modules/service-request/service-request.entity';
import type { AccountDemoSeed } from './account-demo-seed';
import { DemoContactIds as C, DemoRecordIds as R } from './demo-ids';

const { globex, initech } = DemoAccounts;

/** Team, threats, communication plan (one touchpoint overdue), proposals and service requests. */
export async function seedDemoRecords(
  seed: AccountDemoSeed,
  s: AccountServices,
  now: Date,
): Promise<number> {
  const steps: Array<[unknown, string, () => Promise<unknown>]> = [
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
    [
      Touchpoint,
      R.touchpointGlobexReview,
      () =>
        s.touchpoints.plan(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            contactId: C.globexExecutive,
            channel: Channel.VISIT,
            cadence: Cadence.QUARTERLY,
            purpose: 'Quarterly business review with the COO',
            nextDate: isoDate(now, 20),
          },
          { id: R.touchpointGlobexReview, now },
        ),
    ],
    [
      Touchpoint,
      R.touchpointGlobexNewsletter,
      () =>
        s.touchpoints.plan(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            contactId: C.globexTechnical,
            channel: Channel.EMAIL,
            cadence: Cadence.MONTHLY,
            purpose: 'Technical newsletter with application notes',
            nextDate: isoDate(now, -5),
            ownerId: DemoUsers.marketing.id,
          },
          { id: R.touchpointGlobexNewsletter, now: addDays(now, -35) },
        ),
    ],
    [
      Touchpoint,
      R.touchpointInitechWebinar,
      () =>
        s.touchpoints.plan(
          seed.ownerOf(initech.id),
          {
            accountId: initech.id,
            contactId: C.initechTechnical,
            channel: Channel.WEBINAR,
            cadence: Cadence.ONCE,
            purpose: 'Invitation: sensor calibration webinar',
            nextDate: isoDate(now, 10),
            ownerId: DemoUsers.marketing.id,
          },
          { id: R.touchpointInitechWebinar, now },
        ),
    ],
    [
      CustomisationProposal,
      R.proposalGlobexCoating,
      async () => {
        await s.proposals.draft(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            productId: DemoProducts.valveXl.id,
            requestedChange:
              'Corrosion-resistant coating for the DN100 valves in the pickling line',
            value: '48000.00',
            currency: 'EUR',
          },
          R.proposalGlobexCoating,
        );
        await s.proposals.submit(seed.ownerOf(globex.id), R.proposalGlobexCoating);
      },
    ],
    [
      CustomisationProposal,
      R.proposalInitechMounting,
      () =>
        s.proposals.draft(
          seed.ownerOf(initech.id),
          {
            accountId: initech.id,
            productId: DemoProducts.pump.id,
            requestedChange: 'Pump on a vibration-damped base frame for the clean room',
            value: '25000.00',
            currency: 'EUR',
          },
          R.proposalInitechMounting,
        ),
    ],
    [
      ServiceRequest,
      R.requestGlobexCommissioning,
      () =>
        s.serviceRequests.route(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            department: 'TECHNICAL',
            title: 'Commissioning support for the new DN100 valves',
            priority: Priority.HIGH,
            dueDate: isoDate(now, 7),
            contactId: C.globexTechnical,
          },
          { id: R.requestGlobexCommissioning, now },
        ),
    ],
    [
      ServiceRequest,
      R.requestGlobexDeliveries,
      () =>
        s.serviceRequests.route(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            department: 'LOGISTICS',
            title: 'Consolidate deliveries into one monthly shipment',
            priority: Priority.NORMAL,
            dueDate: isoDate(now, -2),
            contactId: C.globexPurchasingOfficer,
          },
          { id: R.requestGlobexDeliveries, now: addDays(now, -20) },
        ),
    ],
    [
      ServiceRequest,
      R.requestInitechFailureAnalysis,
      () =>
        s.serviceRequests.route(
          seed.ownerOf(initech.id),
          {
            accountId: initech.id,
            department: 'TECHNICAL',
            title: 'Failure analysis of two returned pressure sensors',
            description: 'Both failed after 3 months in the clean room.',
            priority: Priority.URGENT,
            dueDate: isoDate(now, 3),
            contactId: C.initechTechnical,
          },
          { id: R.requestInitechFailureAnalysis, now },
        ),
    ],
  ];
  let created = 0;
  for (const [entity, id, create] of steps) {
    if (await seed.exists(entity as never, id)) continue;
    await create();
    created += 1;
  }
  return created;
}
