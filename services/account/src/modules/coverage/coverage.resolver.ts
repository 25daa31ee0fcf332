import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccountTier } from '../account/account-enums';
import { Account } from '../account/account.entity';
import { contactsOfAccount } from '../contact/account-contacts.loader';
import type { ContactService } from '../contact/contact.service';
import { buyingCentreCoverage } from './buying-centre-coverage';
import { BuyingCentreCoverage } from './buying-centre-coverage.type';
import { CoverageArgs } from './dto/coverage.args';

/** Account.coverage: computed on read from the contacts, as of now. */
@Resolver(() => Account)
export class CoverageResolver {
  constructor(private readonly contactService: ContactService) {}

  @FieldResolver(() => BuyingCentreCoverage)
  async coverage(
    @Root() account: Account,
    @Args() args: CoverageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<BuyingCentreCoverage> {
    const contacts = await contactsOfAccount(context, this.contactService, account.id);
    const coverage = buyingCentreCoverage(contacts, new Date(), args);
    return {
      keyAccount: account.tier === AccountTier.KEY,
      coldAfterDays: args.coldAfterDays,
      minInfluence: args.minInfluence,
      ...coverage,
      complete: coverage.missingRoles.length === 0 && coverage.coldContacts.length === 0,
    };
  }
}
