import {
  listPage,
  loadMany,
  loadOne,
  manyByKey,
  NotFoundError,
  oneByKey,
  oneOrIn,
  onlyUuids,
  readerOf,
  type CommandContext,
  type Listed,
  type ListRequest,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { OpportunityFilterInput } from './dto/opportunity-filter.input';
import type { OpportunityAccess } from './opportunity-access';
import type { OpportunityStage } from './opportunity-stage';
import { Opportunity } from './opportunity.entity';
import { opportunityListing, type OpportunitySortField } from './opportunity-listing';

/** Reads opportunities within the caller's scope; fields of many parents go through loaders. */
export class OpportunityQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OpportunityAccess,
  ) {}

  /** A page of the opportunities the caller may see, filtered, searched and sorted, with how many match. */
  async page(
    command: CommandContext,
    filter: OpportunityFilterInput | undefined,
    request: ListRequest<OpportunitySortField>,
    options?: { total: boolean },
  ): Promise<Listed<Opportunity>> {
    const query = await this.scoped(command);
    if (filter?.stage?.length) query.andWhere('o.stage IN (:...stage)', { stage: filter.stage });
    if (filter?.ownerId) query.andWhere('o.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter?.accountId)
      query.andWhere('o.account_id = :accountId', { accountId: filter.accountId });
    return listPage(query, opportunityListing.spec, request, options);
  }

  async list(
    command: CommandContext,
    filter: OpportunityFilterInput | undefined,
    page: { limit: number; offset: number },
  ): Promise<Opportunity[]> {
    const request = { ...page, sortBy: 'UPDATED_AT', direction: 'DESC' } as const;
    return (await this.page(command, filter, request, { total: false })).items;
  }

  async get(command: CommandContext, id: string): Promise<Opportunity> {
    const [opportunity] = await this.findVisible(command, [id]);
    if (!opportunity) throw new NotFoundError('Opportunity', id);
    return opportunity;
  }

  /** The opportunities among `ids` the user may see; for batched reference resolution. */
  async findVisible(command: CommandContext, ids: readonly string[]): Promise<Opportunity[]> {
    const valid = onlyUuids(ids);
    if (valid.length === 0) return [];
    return (await this.scoped(command)).andWhere('o.id IN (:...ids)', { ids: valid }).getMany();
  }

  /** One opportunity if the user may see it, else null; batched per request. */
  visibleById(command: CommandContext, id: string): Promise<Opportunity | null> {
    return loadOne(command, 'opportunity.visible', id, async (ids) =>
      oneByKey(ids, await this.findVisible(command, ids), (o) => o.id),
    );
  }

  /** The visible opportunities of an account, newest first; batched per request. */
  ofAccount(command: CommandContext, accountId: string): Promise<Opportunity[]> {
    return loadMany(command, 'account.opportunities', accountId, async (accountIds) => {
      const valid = onlyUuids(accountIds);
      const rows = valid.length
        ? await (
            await this.scoped(command)
          )
            .andWhere('o.account_id IN (:...accountIds)', { accountIds: valid })
            .orderBy('o.createdAt', 'DESC')
            .getMany()
        : [];
      return manyByKey(accountIds, rows, (row) => row.accountId);
    });
  }

  /** The stage only, whoever owns it: the outcome of a lead, which everyone who sees the lead may know. */
  stageOf(command: CommandContext, id: string): Promise<OpportunityStage | null> {
    return loadOne(command, 'opportunity.stage', id, async (ids) => {
      const rows = await readerOf(this.dataSource, command).find(Opportunity, {
        where: { id: oneOrIn(onlyUuids(ids)) },
        select: { id: true, stage: true },
      });
      return oneByKey(ids, rows, (row) => row.id).map((row) => row?.stage ?? null);
    });
  }

  private async scoped(command: CommandContext) {
    const { where, params } = (await this.access.scopeOf(command)).toSql('o');
    return readerOf(this.dataSource, command)
      .createQueryBuilder(Opportunity, 'o')
      .where(where, params);
  }
}
