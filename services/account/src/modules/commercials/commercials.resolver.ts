import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { CommercialFigures } from './commercial-figures';
import type { CommercialsService } from './commercials.service';

/**
 * Account.commercials. Named so because `revenue` and `orders` on Account
 * belong to the order subgraph; these are the account's own figures, kept
 * from order events for health and the key-account 360.
 */
@Resolver(() => Account)
export class AccountCommercialsResolver {
  constructor(private readonly figures: CommercialsService) {}

  @FieldResolver(() => [CommercialFigures], {
    description:
      'Revenue, margin and order recency from order events, one entry per currency (main one first); empty before the first order.',
  })
  commercials(
    @Root() account: Account,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CommercialFigures[]> {
    return this.figures.ofAccount(command, account.id);
  }
}
