import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { contactsOfAccount } from './account-contacts.loader';
import { BuyingRole } from './buying-role';
import { Contact } from './contact.entity';
import type { ContactService } from './contact.service';

/** Account.contacts, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountContactsResolver {
  constructor(private readonly contactService: ContactService) {}

  @FieldResolver(() => [Contact], { description: 'Contacts, most influential first.' })
  async contacts(
    @Root() account: Account,
    @Arg('buyingRole', () => BuyingRole, { nullable: true }) buyingRole: BuyingRole | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<Contact[]> {
    const contacts = await contactsOfAccount(context, this.contactService, account.id);
    return buyingRole ? contacts.filter((c) => c.buyingRole === buyingRole) : contacts;
  }
}
