import type { GraphQLContext } from '@salesgraph/service-kit';
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
import { Contact } from './contact.entity';
import type { ContactReader } from './contact-reader';
import type { ContactService } from './contact.service';
import { AddContactInput } from './dto/add-contact.input';
import { UpdateContactInput } from './dto/update-contact.input';
import { accountOwningRoles, accountReadingRoles } from '../account/account-roles';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Contact)
export class ContactResolver {
  constructor(
    private readonly contactService: ContactService,
    private readonly reader: ContactReader,
  ) {}

  @Authorized(...accountReadingRoles)
  @Query(() => Contact, { description: 'A contact of an account you may see.' })
  contact(@Arg('id', () => ID) id: string, @Ctx() { command }: GraphQLContext): Promise<Contact> {
    return this.reader.get(command, id);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Contact, {
    description: 'Add a contact to an account you own (or a member of your team owns).',
  })
  addContact(
    @Arg('input') input: AddContactInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.add(command, input);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Contact)
  updateContact(
    @Arg('input') input: UpdateContactInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.update(command, input);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Contact, { description: 'Record that we spoke to the contact (default: now).' })
  recordContactInteraction(
    @Arg('id', () => ID) id: string,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.recordInteraction(command, id, at ?? undefined);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'null when no interaction is known.' })
  daysSinceLastInteraction(
    @Root() contact: Contact,
    @Ctx() { command }: GraphQLContext,
  ): number | null {
    return this.reader.daysSinceLastInteraction(command, contact);
  }
}
