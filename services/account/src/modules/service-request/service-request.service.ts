import { randomUUID } from 'node:crypto';
import { inTransaction, isUuid, isoDateOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Contact } from '../contact/contact.entity';
import { ContactException } from '../contact/contact.exception';
import type { RouteServiceRequestInput } from './dto/route-service-request.input';
import type { UpdateServiceRequestStatusInput } from './dto/update-service-request-status.input';
import { ServiceRequestStatus } from './service-request-enums';
import { ServiceRequest } from './service-request.entity';
import { ServiceRequestException } from './service-request.exception';
import type { ServiceRequestJournal } from './service-request.journal';
import {
  serviceRequestLifecycle,
  serviceRequestMoves,
  type ServiceRequestActor,
} from './service-request-lifecycle';

/** Requests the account side routes to departments, and the departments' progress on them. */
export class ServiceRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
    private readonly journal: ServiceRequestJournal,
  ) {}

  /** The due date may not lie before the day it is routed (the command's today). */
  route(
    command: CommandContext,
    input: RouteServiceRequestInput,
    id: string = randomUUID(),
  ): Promise<ServiceRequest> {
    const today = isoDateOf(command.clock.now());
    if (input.dueDate < today) throw ServiceRequestException.dueInThePast(today);
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.accounts.requireWritable(command, manager, input.accountId);
      if (input.contactId) {
        const contact = await manager.findOneBy(Contact, { id: input.contactId });
        if (contact?.accountId !== account.id) throw ContactException.notOfAccount(input.contactId);
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
          routedBy: command.user.id,
          closedAt: null,
        }),
      );
      await this.journal.record(command, manager, request, 'ROUTED', { at: request.createdAt });
      return request;
    });
  }

  /** The department it is routed to moves it along; the account side may also cancel it. */
  updateStatus(
    command: CommandContext,
    input: UpdateServiceRequestStatusInput,
  ): Promise<ServiceRequest> {
    const notFound = () => ServiceRequestException.notFound(input.id);
    return inTransaction(this.dataSource, command, async (manager) => {
      const request = isUuid(input.id)
        ? await manager.findOne(ServiceRequest, {
            where: { id: input.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!request) throw notFound();
      const actor = await this.actorOf(command, manager, request, notFound);
      serviceRequestMoves[actor].assert(request.status, input.status);
      request.status = input.status;
      if (input.note) request.resolutionNote = input.note;
      request.closedAt = serviceRequestLifecycle.isFinal(input.status) ? command.clock.now() : null;
      const saved = await manager.save(request);
      await this.journal.record(command, manager, saved, 'STATUS_CHANGED', {
        at: saved.updatedAt,
        note: input.note,
      });
      return saved;
    });
  }

  /** The department it is routed to works on it; anyone else acts for the account, if they may. */
  private async actorOf(
    command: CommandContext,
    manager: EntityManager,
    request: ServiceRequest,
    notFound: () => Error,
  ): Promise<ServiceRequestActor> {
    if (command.user.department === request.department) return 'DEPARTMENT';
    await this.accounts.requireWritable(command, manager, request.accountId, notFound);
    return 'ACCOUNT';
  }
}
