import type { GraphQLContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly commercialsService: CommercialsService,
  ) {}

  @FieldResolver(() => [CommercialFigures], {
    description:
      'Revenue, margin and order recency from order events, one entry per currency (main one first); empty before the first order.',
  })
  commercials(
    @Root() account: Account,
    @Ctx() context: GraphQLContext,
  ): Promise<CommercialFigures[]> {
    return context.loaders
      .get<string, CommercialFigures[]>('account.commercials', async (ids) => {
        const figures = await this.commercialsService.figures(
          this.dataSource.manager,
          ids,
          new Date(),
        );
        return ids.map((id) => figures.get(id) ?? []);
      })
      .load(account.id);
  }
}
