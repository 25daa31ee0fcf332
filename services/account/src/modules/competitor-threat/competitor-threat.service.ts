import { randomUUID } from 'node:crypto';
import { CompetitorThreatLogged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { In, type DataSource } from 'typeorm';
import { applyChanges } from '../../common/apply-changes';
import { eventContextFor, type Caller } from '../../common/caller';
import { isUuid } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { AccountNotFoundError } from '../account/account.exception';
import type { HealthService } from '../health/health.service';
import { CompetitorThreatStatus } from './competitor-threat-enums';
import { CompetitorThreat } from './competitor-threat.entity';
import { CompetitorThreatNotFoundError } from './competitor-threat.exception';
import type { CompetitorThreatJournal } from './competitor-threat.journal';
import type { LogCompetitorThreatInput } from './dto/log-competitor-threat.input';
import type { UpdateCompetitorThreatInput } from './dto/update-competitor-threat.input';
import { assertThreatTransition } from './threat-transitions';

/** Owns competitor threats; open threats weigh on health, so every change re-assesses it. */
export class CompetitorThreatService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccountAccess,
    private readonly health: HealthService,
    private readonly journal: CompetitorThreatJournal,
  ) {}

  async log(
    caller: Caller,
    input: LogCompetitorThreatInput,
    id: string = randomUUID(),
  ): Promise<CompetitorThreat> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.access.requireWritable(manager, caller.user, input.accountId);
      const threat = await manager.save(
        manager.create(CompetitorThreat, {
          id,
          accountId: account.id,
          competitor: input.competitor,
          productId: input.productId ?? null,
          threatLevel: input.threatLevel,
          notes: input.notes ?? null,
          status: CompetitorThreatStatus.OPEN,
          loggedBy: caller.user.id,
        }),
      );
      const context = eventContextFor(caller);
      await this.outbox.append(
        manager,
        CompetitorThreatLogged,
        {
          accountId: account.id,
          threatId: threat.id,
          competitor: threat.competitor,
          ...(threat.productId ? { productId: threat.productId } : {}),
          threatLevel: threat.threatLevel,
          status: threat.status,
          loggedBy: threat.loggedBy,
          loggedAt: threat.loggedAt.toISOString(),
        },
        context,
      );
      await this.health.recompute(manager, account.id, context);
      return threat;
    });
  }

  async update(caller: Caller, input: UpdateCompetitorThreatInput): Promise<CompetitorThreat> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.id)
        ? await manager.findOneBy(CompetitorThreat, { id: input.id })
        : null;
      if (!found) throw new CompetitorThreatNotFoundError(input.id);
      try {
        await this.access.requireWritable(manager, caller.user, found.accountId);
      } catch (error) {
        throw error instanceof AccountNotFoundError
          ? new CompetitorThreatNotFoundError(input.id)
          : error;
      }
      // read again now that the account is locked: every change under an account locks it first
      const threat = await manager.findOneByOrFail(CompetitorThreat, { id: input.id });
      if (input.status && input.status !== threat.status)
        assertThreatTransition(threat.status, input.status);
      const { status, threatLevel, notes } = input;
      const changedFields = applyChanges(threat, { status, threatLevel, notes });
      if (changedFields.length === 0) return threat;
      const saved = await manager.save(threat);
      const context = eventContextFor(caller);
      await this.journal.recordUpdate(manager, saved, changedFields, context);
      await this.health.recompute(manager, threat.accountId, context);
      return saved;
    });
  }

  ofAccounts(accountIds: readonly string[]): Promise<CompetitorThreat[]> {
    return this.dataSource.manager.find(CompetitorThreat, {
      where: { accountId: In([...accountIds]) },
      order: { loggedAt: 'DESC' },
    });
  }
}
