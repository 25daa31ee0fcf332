import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Currency, Decimal, IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const CustomisationProposalChangedData = z.object({
  accountId: Uuid,
  proposalId: Uuid,
  productId: Uuid,
  value: Decimal,
  currency: Currency,
  status: z.enum(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED']),
  note: z.string().optional(),
  changedAt: IsoDateTime,
});
export type CustomisationProposalChangedData = z.infer<typeof CustomisationProposalChangedData>;

export const CustomisationProposalChanged = defineEvent({
  type: 'account.CustomisationProposalChanged.v1',
  name: 'CustomisationProposalChanged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'CustomisationProposal',
  description:
    'A proposal to customise a product for a customer was drafted, submitted, accepted or rejected.',
  schema: CustomisationProposalChangedData,
  subjectOf: (d) => d.proposalId,
});
