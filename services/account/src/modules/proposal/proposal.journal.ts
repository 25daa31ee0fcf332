import { CustomisationProposalChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, toCents, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { CustomisationProposal } from './customisation-proposal.entity';

/** Records CustomisationProposalChanged for every status a proposal reaches, the draft included. */
export class ProposalJournal {
  constructor(private readonly outbox: Outbox) {}

  async record(
    command: CommandContext,
    manager: EntityManager,
    proposal: CustomisationProposal,
    at: Date,
  ): Promise<void> {
    await this.outbox.append(
      manager,
      CustomisationProposalChanged,
      {
        accountId: proposal.accountId,
        proposalId: proposal.id,
        productId: proposal.productId,
        // as stored: a fresh draft still holds the input ("48000"), a loaded one "48000.00"
        value: toCents(proposal.value),
        currency: proposal.currency,
        status: proposal.status,
        ...(proposal.decisionNote ? { note: proposal.decisionNote } : {}),
        changedAt: at.toISOString(),
      },
      eventContextOf(command),
    );
  }
}
