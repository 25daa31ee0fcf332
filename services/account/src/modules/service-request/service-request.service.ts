import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { BadInputError, NotFoundError } from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import { eventContextFor, type Caller } from '../../common/caller';
import { isoDate } from '../../common/dates';
import { isUuid } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { AccountNotFoundError } from '../account/account.exception';
import { Contact } from '../contact/contact.entity';
import type { RouteServiceRequestInput } from './dto/route-service-request.input';
import type { ServiceRequestListArgs } from './dto/service-request-list.args';
import type { UpdateServiceRequestStatusInput } from './dto/update-service-request-status.input';
import { openServiceRequestStatuses, ServiceRequestStatus } from './service-request-enums';
import { ServiceRequest } from './service-request.entity';
import type { ServiceRequestJournal } from './service-request.journal';
import { scopeServiceRequests } from './service-request-scope';
import { assertServiceRequestTransition, isClosed } from './service-request-transitions';

/** Requests the account side routes to departments, and the departments' progress on them. */
export class ServiceRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccountAccess,
    private readonly journal: ServiceRequestJournal,
  ) {}

  /** `now` is when it is routed (the seed backdates some); the due date may not lie before it. */
  async route(
    caller: Caller,
    input: RouteServiceRequestInput,
    { id = randomUUID() as string, now = new Date() }: { id?: string; now?: Date } = {},
  ): Promise<ServiceRequest> {
    if (input.dueDate < isoDate(now))
      throw new BadInputError(`dueDate must be today (${isoDate(now)}) or later.`);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.access.requireWritable(manager, caller.user, input.accountId);
      if (input.contactId) {
        const contact = await manager.findOneBy(Contact, { id: input.contactId });
        if (contact?.accountId !== account.id)
          throw new BadInputError(`contactId ${input.contactId} is not a contact of this account.`);
      }
      const request = await manager.save(
        manager.create(ServiceRequest, {
          ...input,
          id,
          accountId: account.id,
          contactId: input.contactId ?? null,
          description: input.description ?? null,
          status: ServiceRequestStatus.OPEN,
          resolutionNote: null,
          routedBy: caller.user.id,
          closedAt: null,
        }),
      );
      await this.journal.record(manager, request, 'ROUTED', eventContextFor(caller), {
        at: request.createdAt,
      });
      return request;
    });
  }

  /** The department it is routed to moves it along; the account side may also cancel it. */
  async updateStatus(
    caller: Caller,
    input: UpdateServiceRequestStatusInput,
  ): Promise<ServiceRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = isUuid(input.id)
        ? await manager.findOne(ServiceRequest, {
            where: { id: input.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!request) throw new NotFoundError('Service request', input.id);
      let actor: 'DEPARTMENT' | 'ACCOUNT' = 'DEPARTMENT';
      if (caller.user.department !== request.department) {
        try {
          await this.access.requireWritable(manager, caller.user, request.accountId);
          actor = 'ACCOUNT';
        } catch (error) {
          throw error instanceof AccountNotFoundError
            ? new NotFoundError('Service request', input.id)
            : error;
        }
      }
      assertServiceRequestTransition(actor, request.status, input.status);
      request.status = input.status;
      if (input.note) request.resolutionNote = input.note;
      request.closedAt = isClosed(input.status) ? new Date() : null;
      const saved = await manager.save(request);
      await this.journal.record(manager, saved, 'STATUS_CHANGED', eventContextFor(caller), {
        at: saved.updatedAt,
        note: input.note,
      });
      return saved;
    });
  }

  async list(user: AuthenticatedUser, args: ServiceRequestListArgs): Promise<ServiceRequest[]> {
    const manager = this.dataSource.manager;
    const query = manager
      .createQueryBuilder(ServiceRequest, 'r')
      .innerJoin(Account, 'a', 'a.id = r.account_id');
    if (!(await scopeServiceRequests(query, manager, this.access, user))) return [];
    if (args.department)
      query.andWhere('r.department = :department', { department: args.department });
    if (args.accountId) query.andWhere('r.account_id = :accountId', { accountId: args.accountId });
    if (args.status) query.andWhere('r.status = :status', { status: args.status });
    else if (args.openOnly)
      query.andWhere('r.status IN (:...open)', { open: openServiceRequestStatuses });
    return query
      .orderBy('r.due_date', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(args.limit)
      .skip(args.offset)
      .getMany();
  }

  ofAccounts(accountIds: readonly string[]): Promise<ServiceRequest[]> {
    return this.dataSource.manager.find(ServiceRequest, {
      where: { accountId: In([...accountIds]) },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
  }
}
