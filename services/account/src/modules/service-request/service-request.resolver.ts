import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isoDate } from '../../common/dates';
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { accountNameOf } from '../account/account-name.loader';
import type { AccountService } from '../account/account.service';
import { contactById } from '../contact/contact-by-id.loader';
import { Contact } from '../contact/contact.entity';
import type { ContactService } from '../contact/contact.service';
import { RouteServiceRequestInput } from './dto/route-service-request.input';
import { ServiceRequestListArgs } from './dto/service-request-list.args';
import { UpdateServiceRequestStatusInput } from './dto/update-service-request-status.input';
import type { ServiceRequestBacklogReader } from './service-request-backlog.reader';
import { ServiceRequestBacklog, ServiceRequestGrouping } from './service-request-backlog.type';
import { ServiceRequest } from './service-request.entity';
import type { ServiceRequestService } from './service-request.service';
import { isClosed } from './service-request-transitions';

/**
 * Thin: authorize, map input, call the service. Department members have no
 * sales role, so the queries they use are open to every verified user and
 * the service scopes them (to their department's requests).
 */
@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  constructor(
    private readonly requests: ServiceRequestService,
    private readonly backlog: ServiceRequestBacklogReader,
    private readonly accountService: AccountService,
    private readonly contactService: ContactService,
    private readonly histories: EntityHistoryReader,
  ) {}

  @Authorized()
  @Query(() => [ServiceRequest], {
    description:
      'Service requests you may see: routed to your department, or of accounts you see. By due date.',
  })
  serviceRequests(
    @Args() args: ServiceRequestListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<ServiceRequest[]> {
    return this.requests.list(context.user, args);
  }

  @Authorized()
  @Query(() => [ServiceRequestBacklog], {
    description: 'Open service requests per department or per account.',
  })
  serviceRequestBacklog(
    @Arg('groupBy', () => ServiceRequestGrouping) groupBy: ServiceRequestGrouping,
    @Ctx() context: GraphQLContext,
  ): Promise<ServiceRequestBacklog[]> {
    return this.backlog.read(context.user, groupBy);
  }

  @Authorized('ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER')
  @Mutation(() => ServiceRequest, {
    description: 'Route a customer’s need to an internal department.',
  })
  routeServiceRequest(
    @Arg('input') input: RouteServiceRequestInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ServiceRequest> {
    return this.requests.route(context, input);
  }

  @Authorized()
  @Mutation(() => ServiceRequest, {
    description: 'The department moves its request along; the account’s owner may also cancel it.',
  })
  updateServiceRequestStatus(
    @Arg('input') input: UpdateServiceRequestStatusInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ServiceRequest> {
    return this.requests.updateStatus(context, input);
  }

  @FieldResolver(() => Boolean, { description: 'Still open after its due date.' })
  overdue(@Root() request: ServiceRequest): boolean {
    return !isClosed(request.status) && request.dueDate < isoDate(new Date());
  }

  @FieldResolver(() => String)
  accountName(@Root() request: ServiceRequest, @Ctx() context: GraphQLContext): Promise<string> {
    return accountNameOf(context, this.accountService, request.accountId);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'Whom to call at the customer.' })
  contact(
    @Root() request: ServiceRequest,
    @Ctx() context: GraphQLContext,
  ): Promise<Contact | null> | null {
    return request.contactId ? contactById(context, this.contactService, request.contactId) : null;
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Who routed the request, who moved it on (with their notes), and when.',
  })
  history(@Root() request: ServiceRequest, @Ctx() context: GraphQLContext): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.serviceRequest, request);
  }
}
