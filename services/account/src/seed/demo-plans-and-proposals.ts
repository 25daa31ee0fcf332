import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AccountServices } from '../account-services';
import { addDays, isoDate } from '../common/dates';
import {
  TouchpointCadence as Cadence,
  TouchpointChannel as Channel,
} from '../modules/communication-plan/touchpoint-enums';
import { Touchpoint } from '../modules/communication-plan/touchpoint.entity';
import { CustomisationProposal } from '../modules/proposal/customisation-proposal.entity';
import type { AccountDemoSeed } from './account-demo-seed';
import { DemoContactIds as C, DemoRecordIds as R } from './demo-ids';
import type { DemoStep } from './demo-step';

const { globex, initech } = DemoAccounts;

/** The communication plan (Globex's newsletter, run by marketing, is overdue) and proposals. */
export function planAndProposalSteps(
  seed: AccountDemoSeed,
  s: AccountServices,
  now: Date,
): DemoStep[] {
  return [
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
  ];
}
