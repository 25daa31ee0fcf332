import { consentDecisionOf, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { accountOwningRoles } from '../account/account-roles';
import { Contact } from '../contact/contact.entity';
import { ContactConsent } from './contact-consent.entity';
import type { ContactConsentService } from './contact-consent.service';
import { RecordContactConsentInput } from './dto/record-contact-consent.input';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Contact)
export class ContactConsentResolver {
  constructor(private readonly consents: ContactConsentService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => Contact, {
    description:
      "Record that a contact gave or withdrew consent on channels (whoever may edit the contact). A withdrawal cancels the contact's planned touchpoints on that channel.",
  })
  recordContactConsent(
    @Arg('input') input: RecordContactConsentInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact> {
    return this.consents.record(command, input.contactId, consentDecisionOf(command, input));
  }

  @FieldResolver(() => [ContactConsent], {
    description: 'The consent in force on each channel that has a decision (none: not asked yet).',
  })
  consent(@Root() contact: Contact, @Ctx() { command }: GraphQLContext): Promise<ContactConsent[]> {
    return this.consents.currentOf(command, contact.id);
  }

  @FieldResolver(() => [ContactConsent], {
    description: 'Every consent given or withdrawn on any channel, newest first.',
  })
  consentHistory(
    @Root() contact: Contact,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ContactConsent[]> {
    return this.consents.historyOf(command, contact.id);
  }
}
