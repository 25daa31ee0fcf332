import { ArgsType, Field } from 'type-graphql';
import { TeamFiguresArgs } from '../../attainment/dto/team-figures.args';
import { SlippedDealPlacement } from '../slipped-deal-placement';

/** teamForecast: a team you lead, one period, and where slipped deals count. */
@ArgsType()
export class TeamForecastArgs extends TeamFiguresArgs {
  @Field(() => SlippedDealPlacement, { defaultValue: 'CURRENT_PERIOD' })
  slippedIn: SlippedDealPlacement;
}
