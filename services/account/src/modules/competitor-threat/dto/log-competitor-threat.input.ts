import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { CompetitorThreatLevel } from '../competitor-threat-enums';

@InputType({ description: 'A competitor going after an account.' })
export class LogCompetitorThreatInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Field()
  @Length(1, 200, { message: 'competitor must be 1 to 200 characters' })
  competitor: string;

  @Input.id({ of: 'product', nullable: true, description: 'Our product they go after, if one.' })
  productId?: string;

  @Field(() => CompetitorThreatLevel)
  threatLevel: CompetitorThreatLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'notes must be at most 4000 characters' })
  notes?: string;
}
