import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
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
import { daysBetween } from '../../common/dates';
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { Contact } from './contact.entity';
import type { ContactService } from './contact.service';
import { AddContactInput } from './dto/add-contact.input';
import { UpdateContactInput } from './dto/update-contact.input';

const readers = ['SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR'] as const;
const writers = ['SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER'] as const;

/** Thin: authorize, map input, call the service. */
@Resolver(() => Contact)
export class ContactResolver {
  constructor(
    private readonly contactService: ContactService,
    private readonly histories: EntityHistoryReader,
  ) {}

  @Authorized(...readers)
  @Query(() => Contact, { description: 'A contact of an account you may see.' })
  contact(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Contact> {
    return this.contactService.get(context.user, id);
  }

  @Authorized(...writers)
  @Mutation(() => Contact, {
    description: 'Add a contact to an account you own (or a member of your team owns).',
  })
  addContact(
    @Arg('input') input: AddContactInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.add(context, input);
  }

  @Authorized(...writers)
  @Mutation(() => Contact)
  updateContact(
    @Arg('input') input: UpdateContactInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.update(context, input);
  }

  @Authorized(...writers)
  @Mutation(() => Contact, { description: 'Record that we spoke to the contact (default: now).' })
  recordContactInteraction(
    @Arg('id', () => ID) id: string,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.recordInteraction(context, id, at ?? undefined);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'null when no interaction is known.' })
  daysSinceLastInteraction(@Root() contact: Contact): number | null {
    return daysBetween(contact.lastInteractionAt, new Date());
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Who added and changed this contact (and recorded interactions), what and when.',
  })
  history(@Root() contact: Contact, @Ctx() context: GraphQLContext): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.contact, contact);
  }
}
