import {
  assertUuid,
  loadMany,
  loadOne,
  oneByKey,
  onlyUuids,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import { pagesPerParent } from '../paging/page-per-parent';
import type { SupplyContractStatus } from './contract-status';
import { ContractException } from './contract.exception';
import type { ContractFilter } from './dto/contract-filter.input';
import { SupplyContract } from './supply-contract.entity';
import { assertTakesCallOffs } from './supply-contract-lifecycle';

/**
 * Reads supply contracts through the caller's access scope: account
 * managers see the contracts of their key accounts and those they own,
 * managers their teams', coordinators and admins all of them.
 */
export class ContractService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
  ) {}

  async list(
    command: CommandContext,
    filter: ContractFilter,
    page: { limit: number; offset: number },
  ): Promise<SupplyContract[]> {
    const where = await this.visibleWhere(command, { ...filter });
    if (where.length === 0) return [];
    return withBackReferences(
      await this.dataSource.manager.find(SupplyContract, {
        where,
        relations: { commitments: true },
        order: { endDate: 'ASC', id: 'ASC' },
        take: page.limit,
        skip: page.offset,
      }),
    );
  }

  async get(command: CommandContext, id: string): Promise<SupplyContract> {
    assertUuid(id, 'Contract id');
    const [contract] = await this.findVisible(command, [id]);
    if (!contract) throw ContractException.notFound(id);
    return contract;
  }

  async findVisible(command: CommandContext, ids: readonly string[]): Promise<SupplyContract[]> {
    const valid = onlyUuids(ids);
    if (valid.length === 0) return [];
    const where = await this.visibleWhere(command, { id: In(valid) });
    if (where.length === 0) return [];
    return withBackReferences(
      await this.dataSource.manager.find(SupplyContract, {
        where,
        relations: { commitments: true },
      }),
    );
  }

  /**
   * A page of the visible contracts of one account, the soonest ending
   * first, through the command's loader: every account of a request in two
   * statements together.
   */
  pageOfAccount(
    command: CommandContext,
    accountId: string,
    status: SupplyContractStatus | undefined,
    page: { limit: number; offset: number },
  ): Promise<SupplyContract[]> {
    const name = `contracts-of-account:${status ?? '*'}:${page.limit}:${page.offset}`;
    return loadMany(command, name, accountId, async (accountIds) => {
      // Keys come from `_entities` representations: anything but a uuid is no account of ours.
      const ids = onlyUuids(accountIds);
      const where = ids.length
        ? await this.visibleWhere(command, { accountId: In(ids), status })
        : [];
      if (where.length === 0) return accountIds.map(() => []);
      const pages = await pagesPerParent(this.dataSource.manager, SupplyContract, accountIds, {
        where,
        parent: 'accountId',
        orderBy: [
          ['endDate', 'ASC'],
          ['id', 'ASC'],
        ],
        page,
        relations: { commitments: true },
      });
      return pages.map(withBackReferences);
    });
  }

  /** A contract the caller may see, or null, through the command's loader: one query per request. */
  loadVisible(command: CommandContext, id: string): Promise<SupplyContract | null> {
    return loadOne(command, 'contract', id, async (ids) =>
      oneByKey(ids, await this.findVisible(command, ids), (c) => c.id),
    );
  }

  /** A visible contract with its commitments, inside a transaction about to change it or call off. */
  async loadForChange(
    manager: EntityManager,
    command: CommandContext,
    id: string,
  ): Promise<SupplyContract> {
    assertUuid(id, 'Contract id');
    const where = await this.visibleWhere(command, { id }, manager);
    const contract = where.length
      ? await manager.findOne(SupplyContract, { where, relations: { commitments: true } })
      : null;
    if (!contract) throw ContractException.notFound(id);
    return withBackReferences([contract])[0];
  }

  /** The contract a call-off is drawn against: visible to the caller and ACTIVE. */
  async loadActiveForCallOff(
    manager: EntityManager,
    command: CommandContext,
    id: string,
  ): Promise<SupplyContract> {
    const contract = await this.loadForChange(manager, command, id);
    assertTakesCallOffs(contract);
    return contract;
  }

  private async visibleWhere(
    command: CommandContext,
    filter: FindOptionsWhere<SupplyContract>,
    manager?: EntityManager,
  ): Promise<FindOptionsWhere<SupplyContract>[]> {
    const scope = await this.access.scopeOf(command, manager);
    return scope.where<SupplyContract>(filter, { account: 'accountId', owners: ['ownerId'] });
  }
}

/** Commitments need their contract's term to tell their pace; give them a way back. */
export function withBackReferences(contracts: SupplyContract[]): SupplyContract[] {
  for (const contract of contracts) {
    contract.commitments?.sort((a, b) => a.productId.localeCompare(b.productId));
    for (const commitment of contract.commitments ?? []) commitment.contract = contract;
  }
  return contracts;
}
