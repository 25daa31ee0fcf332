import type { GraphQLContext } from '@salesgraph/service-kit';
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
import type { AccountService } from '../account/account.service';
import { Contact } from '../contact/contact.entity';
import type { ContactReader } from '../contact/contact-reader';
import { RouteServiceRequestInput } from './dto/route-service-request.input';
import { ServiceRequestListArgs } from './dto/service-request-list.args';
import { UpdateServiceRequestStatusInput } from './dto/update-service-request-status.input';
import type { ServiceRequestBacklogReader } from './service-request-backlog.reader';
import { ServiceRequestBacklog, ServiceRequestGrouping } from './service-request-backlog.type';
import { ServiceRequest } from './service-request.entity';
import type { ServiceRequestReader } from './service-request-reader';
import type { ServiceRequestService } from './service-request.service';
import { accountOwningRoles } from '../account/account-roles';

/**
 * Thin: authorize, map input, call the service. Department members have no
 * sales role, so the queries they use are open to every verified user and
 * the service scopes them (to their department's requests).
 */
@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  constructor(
    private readonly requests: ServiceRequestService,
    private readonly reader: ServiceRequestReader,
    private readonly backlog: ServiceRequestBacklogReader,
    private readonly accounts: AccountService,
    private readonly contacts: ContactReader,
  ) {}

  @Authorized()
  @Query(() => [ServiceRequest], {
    description:
      'Service requests you may see: routed to your department, or of accounts you see. By due date.',
  })
  serviceRequests(
    @Args() args: ServiceRequestListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ServiceRequest[]> {
    return this.reader.list(command, args);
  }

  @Authorized()
  @Query(() => [ServiceRequestBacklog], {
    description: 'Open service requests per department or per account.',
  })
  serviceRequestBacklog(
    @Arg('groupBy', () => ServiceRequestGrouping) groupBy: ServiceRequestGrouping,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ServiceRequestBacklog[]> {
    return this.backlog.read(command, groupBy);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => ServiceRequest, {
    description: 'Route a customer’s need to an internal department.',
  })
  routeServiceRequest(
    @Arg('input') input: RouteServiceRequestInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ServiceRequest> {
    return this.requests.route(command, input);
  }

  @Authorized()
  @Mutation(() => ServiceRequest, {
    description: 'The department moves its request along; the account’s owner may also cancel it.',
  })
  updateServiceRequestStatus(
    @Arg('input') input: UpdateServiceRequestStatusInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ServiceRequest> {
    return this.requests.updateStatus(command, input);
  }

  @FieldResolver(() => Boolean, { description: 'Still open after its due date.' })
  overdue(@Root() request: ServiceRequest, @Ctx() { command }: GraphQLContext): boolean {
    return this.reader.isOverdue(command, request);
  }

  @FieldResolver(() => String)
  accountName(
    @Root() request: ServiceRequest,
    @Ctx() { command }: GraphQLContext,
  ): Promise<string> {
    return this.accounts.nameOf(command, request.accountId);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'Whom to call at the customer.' })
  contact(
    @Root() request: ServiceRequest,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact | null> | null {
    return request.contactId
      ? this.contacts.ofRecord(command, request.accountId, request.contactId)
      : null;
  }
}
