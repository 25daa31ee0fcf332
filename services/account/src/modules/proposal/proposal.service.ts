import { randomUUID } from 'node:crypto';
import { BadInputError } from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import { eventContextFor, type Caller } from '../../common/caller';
import { isUuid } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { AccountNotFoundError } from '../account/account.exception';
import { CustomisationProposal } from './customisation-proposal.entity';
import type { DraftProposalInput } from './dto/draft-proposal.input';
import { ProposalStatus } from './proposal-status';
import { ProposalNotFoundError } from './proposal.exception';
import type { ProposalJournal } from './proposal.journal';
import { assertProposalTransition } from './proposal-transitions';

/** Customisation proposals: drafted by the account's owner, submitted, then decided by the customer. */
export class ProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccountAccess,
    private readonly journal: ProposalJournal,
  ) {}

  async draft(
    caller: Caller,
    input: DraftProposalInput,
    id: string = randomUUID(),
  ): Promise<CustomisationProposal> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.access.requireWritable(manager, caller.user, input.accountId);
      const proposal = await manager.save(
        manager.create(CustomisationProposal, {
          ...input,
          id,
          accountId: account.id,
          status: ProposalStatus.DRAFT,
          createdBy: caller.user.id,
          decisionNote: null,
          submittedAt: null,
          decidedAt: null,
        }),
      );
      await this.journal.record(manager, proposal, eventContextFor(caller), proposal.createdAt);
      return proposal;
    });
  }

  submit(caller: Caller, id: string): Promise<CustomisationProposal> {
    return this.move(caller, id, ProposalStatus.SUBMITTED, (p) => (p.submittedAt = new Date()));
  }

  /** Records the customer's answer. */
  decide(
    caller: Caller,
    id: string,
    accepted: boolean,
    note?: string,
  ): Promise<CustomisationProposal> {
    if (note !== undefined && (note.length < 1 || note.length > 4000))
      throw new BadInputError('note must be 1 to 4000 characters.');
    return this.move(
      caller,
      id,
      accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED,
      (p) => {
        p.decidedAt = new Date();
        p.decisionNote = note ?? null;
      },
    );
  }

  ofAccounts(accountIds: readonly string[]): Promise<CustomisationProposal[]> {
    return this.dataSource.manager.find(CustomisationProposal, {
      where: { accountId: In([...accountIds]) },
      order: { createdAt: 'DESC' },
    });
  }

  private move(
    caller: Caller,
    id: string,
    to: ProposalStatus,
    apply: (proposal: CustomisationProposal) => void,
  ): Promise<CustomisationProposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = isUuid(id)
        ? await manager.findOne(CustomisationProposal, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!proposal) throw new ProposalNotFoundError(id);
      try {
        await this.access.requireWritable(manager, caller.user, proposal.accountId);
      } catch (error) {
        throw error instanceof AccountNotFoundError ? new ProposalNotFoundError(id) : error;
      }
      assertProposalTransition(proposal.status, to);
      proposal.status = to;
      apply(proposal);
      const saved = await manager.save(proposal);
      await this.journal.record(manager, saved, eventContextFor(caller), saved.updatedAt);
      return saved;
    });
  }
}
