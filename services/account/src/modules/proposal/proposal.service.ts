import { randomUUID } from 'node:crypto';
import { inTransaction, isUuid, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { CustomisationProposal } from './customisation-proposal.entity';
import type { DraftProposalInput } from './dto/draft-proposal.input';
import { ProposalStatus } from './proposal-status';
import { ProposalException } from './proposal.exception';
import type { ProposalJournal } from './proposal.journal';
import { proposalLifecycle } from './proposal-lifecycle';
import { recordsOfAccount } from '../account/records-of-account';

/** Customisation proposals: drafted by the account's owner, submitted, then decided by the customer. */
export class ProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
    private readonly journal: ProposalJournal,
  ) {}

  draft(
    command: CommandContext,
    input: DraftProposalInput,
    id: string = randomUUID(),
  ): Promise<CustomisationProposal> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.accounts.requireWritable(command, manager, input.accountId);
      const proposal = await manager.save(
        manager.create(CustomisationProposal, {
          ...input,
          id,
          accountId: account.id,
          status: ProposalStatus.DRAFT,
          createdBy: command.user.id,
          decisionNote: null,
          submittedAt: null,
          decidedAt: null,
        }),
      );
      await this.journal.record(command, manager, proposal, proposal.createdAt);
      return proposal;
    });
  }

  submit(command: CommandContext, id: string): Promise<CustomisationProposal> {
    return this.move(command, id, ProposalStatus.SUBMITTED, (p, now) => (p.submittedAt = now));
  }

  /** Records the customer's answer. */
  decide(
    command: CommandContext,
    id: string,
    accepted: boolean,
    note?: string,
  ): Promise<CustomisationProposal> {
    if (note !== undefined && (note.length < 1 || note.length > 4000))
      throw ProposalException.badNote();
    const to = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
    return this.move(command, id, to, (p, now) => {
      p.decidedAt = now;
      p.decisionNote = note ?? null;
    });
  }

  /** The proposals of an account, newest first; batched over the accounts of a request. */
  async ofAccount(
    command: CommandContext,
    accountId: string,
    status?: ProposalStatus,
  ): Promise<CustomisationProposal[]> {
    const proposals = await recordsOfAccount(
      command,
      this.dataSource,
      CustomisationProposal,
      accountId,
      { createdAt: 'DESC' },
    );
    return status ? proposals.filter((p) => p.status === status) : proposals;
  }

  private move(
    command: CommandContext,
    id: string,
    to: ProposalStatus,
    apply: (proposal: CustomisationProposal, now: Date) => void,
  ): Promise<CustomisationProposal> {
    const notFound = () => ProposalException.notFound(id);
    return inTransaction(this.dataSource, command, async (manager) => {
      const proposal = isUuid(id)
        ? await manager.findOne(CustomisationProposal, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!proposal) throw notFound();
      await this.accounts.requireWritable(command, manager, proposal.accountId, notFound);
      proposalLifecycle.assert(proposal.status, to);
      proposal.status = to;
      apply(proposal, command.clock.now());
      const saved = await manager.save(proposal);
      await this.journal.record(command, manager, saved, saved.updatedAt);
      return saved;
    });
  }
}
