import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory } from '@salesgraph/messaging';
import type { AuditEntry } from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { assertUuid } from '../../shared/ids';
import type { SalesAccess } from '../access/sales-access';
import { scopedWhere } from '../access/scope-where';
import { SupplyContractStatus } from './contract-status';
import { ContractException } from './contract.exception';
import type { ContractFilter } from './dto/contract-filter.input';
import { SupplyContract } from './supply-contract.entity';

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
    user: AuthenticatedUser,
    filter: ContractFilter,
    page: { limit: number; offset: number },
  ): Promise<SupplyContract[]> {
    const manager = this.dataSource.manager;
    const where = await this.visibleWhere(manager, user, { ...filter });
    if (where.length === 0) return [];
    return withBackReferences(
      await manager.find(SupplyContract, {
        where,
        relations: { commitments: true },
        order: { endDate: 'ASC', id: 'ASC' },
        take: page.limit,
        skip: page.offset,
      }),
    );
  }

  async get(user: AuthenticatedUser, id: string): Promise<SupplyContract> {
    assertUuid(id, 'Contract id');
    const [contract] = await this.findVisible(user, [id]);
    if (!contract) throw ContractException.notFound(id);
    return contract;
  }

  async findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<SupplyContract[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    const manager = this.dataSource.manager;
    const where = await this.visibleWhere(manager, user, { id: In(valid) });
    if (where.length === 0) return [];
    return withBackReferences(
      await manager.find(SupplyContract, { where, relations: { commitments: true } }),
    );
  }

  /** A visible contract with its commitments, inside a transaction about to change it or call off. */
  async loadForChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<SupplyContract> {
    assertUuid(id, 'Contract id');
    const where = await this.visibleWhere(manager, user, { id });
    const contract = where.length
      ? await manager.findOne(SupplyContract, { where, relations: { commitments: true } })
      : null;
    if (!contract) throw ContractException.notFound(id);
    return withBackReferences([contract])[0];
  }

  /** The contract a call-off is drawn against: visible to the caller and ACTIVE. */
  async loadActiveForCallOff(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<SupplyContract> {
    const contract = await this.loadForChange(manager, user, id);
    if (contract.status !== SupplyContractStatus.ACTIVE)
      throw ContractException.notActive(contract);
    return contract;
  }

  async history(contractId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'SupplyContract', contractId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }

  private async visibleWhere(
    manager: EntityManager,
    user: AuthenticatedUser,
    filter: FindOptionsWhere<SupplyContract>,
  ): Promise<FindOptionsWhere<SupplyContract>[]> {
    return scopedWhere<SupplyContract>(await this.access.scopeOf(manager, user), filter, {
      account: 'accountId',
      sellers: ['ownerId'],
    });
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
