import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { addDays, isoDateOf, plusDays } from '@salesgraph/service-kit';
import type { AccountComponents } from '../account-components';
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
  s: AccountComponents,
  now: Date,
): DemoStep[] {
  const today = isoDateOf(now);
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
            nextDate: addDays(today, 20),
          },
          R.touchpointGlobexReview,
        ),
    ],
    [
      Touchpoint,
      R.touchpointGlobexNewsletter,
      () =>
        s.touchpoints.plan(
          // planned 35 days ago, so its first date has passed: it is overdue
          seed.ownerOf(globex.id, plusDays(now, -35)),
          {
            accountId: globex.id,
            contactId: C.globexTechnical,
            channel: Channel.EMAIL,
            cadence: Cadence.MONTHLY,
            purpose: 'Technical newsletter with application notes',
            nextDate: addDays(today, -5),
            ownerId: DemoUsers.marketing.id,
          },
          R.touchpointGlobexNewsletter,
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
            nextDate: addDays(today, 10),
            ownerId: DemoUsers.marketing.id,
          },
          R.touchpointInitechWebinar,
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
