import { randomUUID } from 'node:crypto';
import { applyChanges, inTransaction, isUuid, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { HealthService } from '../health/health.service';
import { CompetitorThreatStatus } from './competitor-threat-enums';
import { CompetitorThreat } from './competitor-threat.entity';
import { CompetitorThreatException } from './competitor-threat.exception';
import type { CompetitorThreatJournal } from './competitor-threat.journal';
import { competitorThreatLifecycle } from './competitor-threat-lifecycle';
import type { LogCompetitorThreatInput } from './dto/log-competitor-threat.input';
import type { UpdateCompetitorThreatInput } from './dto/update-competitor-threat.input';
import { recordsOfAccount } from '../account/records-of-account';

/** Owns competitor threats; open threats weigh on health, so every change re-assesses it. */
export class CompetitorThreatService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
    private readonly health: HealthService,
    private readonly journal: CompetitorThreatJournal,
  ) {}

  log(
    command: CommandContext,
    input: LogCompetitorThreatInput,
    id: string = randomUUID(),
  ): Promise<CompetitorThreat> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.accounts.requireWritable(command, manager, input.accountId);
      const threat = await manager.save(
        manager.create(CompetitorThreat, {
          id,
          accountId: account.id,
          competitor: input.competitor,
          productId: input.productId ?? null,
          threatLevel: input.threatLevel,
          notes: input.notes ?? null,
          status: CompetitorThreatStatus.OPEN,
          loggedBy: command.user.id,
        }),
      );
      await this.journal.recordLogged(command, manager, threat);
      await this.health.recompute(command, manager, account.id);
      return threat;
    });
  }

  update(command: CommandContext, input: UpdateCompetitorThreatInput): Promise<CompetitorThreat> {
    const notFound = () => CompetitorThreatException.notFound(input.id);
    return inTransaction(this.dataSource, command, async (manager) => {
      const found = isUuid(input.id)
        ? await manager.findOneBy(CompetitorThreat, { id: input.id })
        : null;
      if (!found) throw notFound();
      await this.accounts.requireWritable(command, manager, found.accountId, notFound);
      // read again now that the account is locked: every change under an account locks it first
      const threat = await manager.findOneByOrFail(CompetitorThreat, { id: input.id });
      // the same status again is no move, just no change
      if (input.status && input.status !== threat.status)
        competitorThreatLifecycle.assert(threat.status, input.status);
      const { status, threatLevel, notes } = input;
      const changedFields = applyChanges(threat, { status, threatLevel, notes });
      if (changedFields.length === 0) return threat;
      const saved = await manager.save(threat);
      await this.journal.recordUpdate(command, manager, saved, changedFields);
      await this.health.recompute(command, manager, threat.accountId);
      return saved;
    });
  }

  /** The threats of an account, newest first; batched over the accounts of a request. */
  async ofAccount(
    command: CommandContext,
    accountId: string,
    status?: CompetitorThreatStatus,
  ): Promise<CompetitorThreat[]> {
    const threats = await recordsOfAccount(command, this.dataSource, CompetitorThreat, accountId, {
      createdAt: 'DESC',
    });
    return status ? threats.filter((t) => t.status === status) : threats;
  }
}
