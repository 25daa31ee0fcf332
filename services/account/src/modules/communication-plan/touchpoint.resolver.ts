import type { GraphQLContext } from '@salesgraph/service-kit';
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
import type { AccountService } from '../account/account.service';
import { Contact } from '../contact/contact.entity';
import type { ContactReader } from '../contact/contact-reader';
import { DueTouchpointsArgs } from './dto/due-touchpoints.args';
import { PlanTouchpointInput } from './dto/plan-touchpoint.input';
import { Touchpoint } from './touchpoint.entity';
import type { TouchpointAgenda } from './touchpoint-agenda';
import type { TouchpointService } from './touchpoint.service';
import { accountOwningRoles } from '../account/account-roles';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Touchpoint)
export class TouchpointResolver {
  constructor(
    private readonly touchpoints: TouchpointService,
    private readonly agenda: TouchpointAgenda,
    private readonly contacts: ContactReader,
    private readonly accounts: AccountService,
  ) {}

  @Authorized(...accountOwningRoles, 'MARKETING', 'SALES_COORDINATOR')
  @Query(() => [Touchpoint], {
    description:
      'Planned touchpoints due soon or overdue: those you carry out and those of accounts you see.',
  })
  dueTouchpoints(
    @Args() args: DueTouchpointsArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Touchpoint[]> {
    return this.agenda.due(command, args.withinDays);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Touchpoint, {
    description: 'Plan a touchpoint with a contact of an account you own.',
  })
  planTouchpoint(
    @Arg('input') input: PlanTouchpointInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Touchpoint> {
    return this.touchpoints.plan(command, input);
  }

  @Authorized(...accountOwningRoles, 'MARKETING')
  @Mutation(() => Touchpoint, { description: 'It took place: the next date follows the cadence.' })
  completeTouchpoint(
    @Arg('id', () => ID) id: string,
    @Arg('doneAt', () => GraphQLISODateTime, { nullable: true }) doneAt: Date | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Touchpoint> {
    return this.touchpoints.complete(command, id, doneAt ?? undefined);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Touchpoint)
  cancelTouchpoint(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Touchpoint> {
    return this.touchpoints.cancel(command, id);
  }

  @FieldResolver(() => Boolean, { description: 'Planned and due before today.' })
  overdue(@Root() touchpoint: Touchpoint, @Ctx() { command }: GraphQLContext): boolean {
    return this.agenda.isOverdue(command, touchpoint);
  }

  @FieldResolver(() => Int, {
    description: 'Days from today to the next date (negative when overdue).',
  })
  daysUntilDue(@Root() touchpoint: Touchpoint, @Ctx() { command }: GraphQLContext): number {
    return this.agenda.daysUntilDue(command, touchpoint);
  }

  @FieldResolver(() => Contact, {
    description: 'Whoever may see the touchpoint may see its contact.',
  })
  contact(
    @Root() touchpoint: Touchpoint,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact | null> {
    return this.contacts.ofRecord(command, touchpoint.accountId, touchpoint.contactId);
  }

  @FieldResolver(() => String, { description: 'The customer’s name.' })
  accountName(@Root() touchpoint: Touchpoint, @Ctx() { command }: GraphQLContext): Promise<string> {
    return this.accounts.nameOf(command, touchpoint.accountId);
  }
}
