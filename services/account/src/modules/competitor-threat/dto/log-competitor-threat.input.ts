import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CompetitorThreatLevel } from '../competitor-threat-enums';
import { AccountIdField } from '../../account/dto/account-id.field';

@InputType({ description: 'A competitor going after an account.' })
export class LogCompetitorThreatInput {
  @AccountIdField()
  accountId: string;

  @Field()
  @Length(1, 200, { message: 'competitor must be 1 to 200 characters' })
  competitor: string;

  @Field(() => ID, { nullable: true, description: 'Our product they go after, if one.' })
  @IsOptional()
  @IsUUID('all', { message: 'productId must be a product id (UUID)' })
  productId?: string;

  @Field(() => CompetitorThreatLevel)
  threatLevel: CompetitorThreatLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'notes must be at most 4000 characters' })
  notes?: string;
}
