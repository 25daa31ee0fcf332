import type { GraphQLContext, Listed } from '@salesgraph/service-kit';
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
import { Contact } from './contact.entity';
import { contactListing, ContactListArgs } from './contact-listing';
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

  @Authorized(...accountReadingRoles)
  @Query(() => contactListing.List, {
    description:
      'A page of the contacts of the accounts you may see, searched by name, e-mail or title, with how many match.',
  })
  contactList(
    @Args() args: ContactListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Listed<Contact>> {
    return this.reader.page(command, args);
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

  @Authorized(...accountOwningRoles)
  @Mutation(() => Contact, {
    description:
      'The person left the customer (default: now): inactive from then on, covering no buying role.',
  })
  markContactLeft(
    @Arg('id', () => ID) id: string,
    @Arg('leftAt', () => GraphQLISODateTime, { nullable: true }) leftAt: Date | undefined,
    @Arg('note', () => String, {
      nullable: true,
      description: 'Where they went, who took over.',
    })
    note: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.markLeft(command, id, leftAt ?? undefined, note ?? undefined);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Contact, {
    description: 'A contact marked as left by mistake, or back at the customer: active again.',
  })
  reinstateContact(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact> {
    return this.contactService.reinstate(command, id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'null when no interaction is known.' })
  daysSinceLastInteraction(
    @Root() contact: Contact,
    @Ctx() { command }: GraphQLContext,
  ): number | null {
    return this.reader.daysSinceLastInteraction(command, contact);
  }
}
