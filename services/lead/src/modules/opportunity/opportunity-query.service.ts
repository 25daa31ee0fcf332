import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory } from '@salesgraph/messaging';
import { NotFoundError, type AuditEntry } from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import type { OpportunityFilterInput } from './dto/opportunity-filter.input';
import type { OpportunityAccess } from './opportunity-access';
import type { OpportunityStage } from './opportunity-stage';
import { Opportunity } from './opportunity.entity';

/** Reads opportunities within the caller's scope. */
export class OpportunityQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OpportunityAccess,
  ) {}

  async list(
    user: AuthenticatedUser,
    filter: OpportunityFilterInput | undefined,
    page: { limit: number; offset: number },
  ): Promise<Opportunity[]> {
    const query = await this.scoped(user);
    if (filter?.stage?.length) query.andWhere('o.stage IN (:...stage)', { stage: filter.stage });
    if (filter?.ownerId) query.andWhere('o.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter?.accountId)
      query.andWhere('o.account_id = :accountId', { accountId: filter.accountId });
    return query
      .orderBy('o.updatedAt', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .limit(page.limit)
      .offset(page.offset)
      .getMany();
  }

  async get(user: AuthenticatedUser, id: string): Promise<Opportunity> {
    const [opportunity] = await this.findVisible(user, [id]);
    if (!opportunity) throw new NotFoundError('Opportunity', id);
    return opportunity;
  }

  async findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Opportunity[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    return (await this.scoped(user)).andWhere('o.id IN (:...ids)', { ids: valid }).getMany();
  }

  /** The visible opportunities of several accounts at once, newest first. */
  async ofAccounts(
    user: AuthenticatedUser,
    accountIds: readonly string[],
  ): Promise<Opportunity[][]> {
    const valid = accountIds.filter((id) => isUUID(id));
    const rows = valid.length
      ? await (
          await this.scoped(user)
        )
          .andWhere('o.account_id IN (:...accountIds)', { accountIds: valid })
          .orderBy('o.createdAt', 'DESC')
          .getMany()
      : [];
    return accountIds.map((id) => rows.filter((row) => row.accountId === id));
  }

  /** Stages only, whoever owns them: the outcome of a lead, which everyone who sees the lead may know. */
  async stagesOf(ids: readonly string[]): Promise<Array<OpportunityStage | null>> {
    const rows = await this.dataSource.manager.find(Opportunity, {
      where: { id: In([...ids]) },
      select: { id: true, stage: true },
    });
    const stages = new Map(rows.map((row) => [row.id, row.stage]));
    return ids.map((id) => stages.get(id) ?? null);
  }

  async history(opportunityId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'Opportunity', opportunityId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }

  private async scoped(user: AuthenticatedUser) {
    const manager = this.dataSource.manager;
    const { where, params } = (await this.access.scopeFor(manager, user)).toSql('o');
    return manager.createQueryBuilder(Opportunity, 'o').where(where, params);
  }
}
