import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { daysUntil, isoDate } from '../../common/dates';
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { accountNameOf } from '../account/account-name.loader';
import type { AccountService } from '../account/account.service';
import { contactById } from '../contact/contact-by-id.loader';
import { Contact } from '../contact/contact.entity';
import type { ContactService } from '../contact/contact.service';
import { DueTouchpointsArgs } from './dto/due-touchpoints.args';
import { PlanTouchpointInput } from './dto/plan-touchpoint.input';
import { TouchpointStatus } from './touchpoint-enums';
import { Touchpoint } from './touchpoint.entity';
import type { TouchpointService } from './touchpoint.service';

const planners = ['ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER'] as const;

/** Thin: authorize, map input, call the service. */
@Resolver(() => Touchpoint)
export class TouchpointResolver {
  constructor(
    private readonly touchpoints: TouchpointService,
    private readonly contactService: ContactService,
    private readonly accountService: AccountService,
    private readonly histories: EntityHistoryReader,
  ) {}

  @Authorized(...planners, 'MARKETING', 'SALES_COORDINATOR')
  @Query(() => [Touchpoint], {
    description:
      'Planned touchpoints due soon or overdue: those you carry out and those of accounts you see.',
  })
  dueTouchpoints(
    @Args() args: DueTouchpointsArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Touchpoint[]> {
    return this.touchpoints.due(context.user, args.withinDays);
  }

  @Authorized(...planners)
  @Mutation(() => Touchpoint, {
    description: 'Plan a touchpoint with a contact of an account you own.',
  })
  planTouchpoint(
    @Arg('input') input: PlanTouchpointInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Touchpoint> {
    return this.touchpoints.plan(context, input);
  }

  @Authorized(...planners, 'MARKETING')
  @Mutation(() => Touchpoint, { description: 'It took place: the next date follows the cadence.' })
  completeTouchpoint(
    @Arg('id', () => ID) id: string,
    @Arg('doneAt', () => GraphQLISODateTime, { nullable: true }) doneAt: Date | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<Touchpoint> {
    return this.touchpoints.complete(context, id, doneAt ?? undefined);
  }

  @Authorized(...planners)
  @Mutation(() => Touchpoint)
  cancelTouchpoint(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Touchpoint> {
    return this.touchpoints.cancel(context, id);
  }

  @FieldResolver(() => Boolean, { description: 'Planned and due before today.' })
  overdue(@Root() touchpoint: Touchpoint): boolean {
    return (
      touchpoint.status === TouchpointStatus.PLANNED && touchpoint.nextDate < isoDate(new Date())
    );
  }

  @FieldResolver(() => Int, {
    description: 'Days from today to the next date (negative when overdue).',
  })
  daysUntilDue(@Root() touchpoint: Touchpoint): number {
    return daysUntil(touchpoint.nextDate, isoDate(new Date()));
  }

  @FieldResolver(() => Contact, {
    description: 'Whoever may see the touchpoint may see its contact.',
  })
  contact(@Root() touchpoint: Touchpoint, @Ctx() context: GraphQLContext): Promise<Contact | null> {
    return contactById(context, this.contactService, touchpoint.contactId);
  }

  @FieldResolver(() => String, { description: 'The customer’s name.' })
  accountName(@Root() touchpoint: Touchpoint, @Ctx() context: GraphQLContext): Promise<string> {
    return accountNameOf(context, this.accountService, touchpoint.accountId);
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Who planned, carried out or cancelled this touchpoint, and when.',
  })
  history(@Root() touchpoint: Touchpoint, @Ctx() context: GraphQLContext): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.touchpoint, touchpoint);
  }
}
