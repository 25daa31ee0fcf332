import { ArgsType, Field } from 'type-graphql';
import { SellerFiguresArgs } from '../../attainment/dto/seller-figures.args';
import { SlippedDealPlacement } from '../slipped-deal-placement';

/** salesForecast: one seller, one period, and where slipped deals count. */
@ArgsType()
export class ForecastArgs extends SellerFiguresArgs {
  @Field(() => SlippedDealPlacement, { defaultValue: 'CURRENT_PERIOD' })
  slippedIn: SlippedDealPlacement;
}
