import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { BuyingRole } from './buying-role';
import { Contact } from './contact.entity';
import type { ContactReader } from './contact-reader';

/** Account.contacts, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountContactsResolver {
  constructor(private readonly reader: ContactReader) {}

  @FieldResolver(() => [Contact], {
    description: 'Contacts, most influential first; those who left the customer only if asked.',
  })
  contacts(
    @Root() account: Account,
    @Arg('buyingRole', () => BuyingRole, { nullable: true }) buyingRole: BuyingRole | undefined,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Contact[]> {
    return this.reader.ofAccount(command, account.id, {
      buyingRole: buyingRole ?? undefined,
      includeInactive,
    });
  }
}
