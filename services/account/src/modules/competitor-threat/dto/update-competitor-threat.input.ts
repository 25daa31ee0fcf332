import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { CompetitorThreatLevel, CompetitorThreatStatus } from '../competitor-threat-enums';

@InputType({ description: 'A change to a threat; fields left out stay as they are.' })
export class UpdateCompetitorThreatInput {
  @Input.id({ of: 'threat' })
  id: string;

  @Field(() => CompetitorThreatStatus, { nullable: true })
  @IsOptional()
  status?: CompetitorThreatStatus;

  @Field(() => CompetitorThreatLevel, { nullable: true })
  @IsOptional()
  threatLevel?: CompetitorThreatLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'notes must be at most 4000 characters' })
  notes?: string;
}
