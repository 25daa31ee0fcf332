import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { LeadSegment } from '../../lead/lead-segment';

/** A whole rule: creating one and changing one take the same shape (a change replaces the rule). */
@InputType({ description: 'Which leads go to which team, and the most open leads a rep may hold.' })
export class AssignmentRuleInput {
  @Field()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => Int, { description: 'Lower numbers are tried first.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priority: number;

  @Input.id({ of: 'team', description: 'A sales team you manage.' })
  teamId: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'ISO 3166-1 alpha-2 codes, e.g. ["DE", "AT"].',
  })
  @ArrayMaxSize(300)
  @Matches(/^[A-Z]{2}$/, {
    each: true,
    message: 'countries must be ISO 3166-1 alpha-2 codes such as "DE"',
  })
  countries: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(300)
  @Length(1, 100, { each: true })
  regions: string[];

  @Field(() => [LeadSegment], { defaultValue: [] })
  @IsEnum(LeadSegment, { each: true })
  segments: LeadSegment[];

  @Field(() => Int, {
    nullable: true,
    description: 'Most open leads per rep; leave out for no cap.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  maxOpenLeadsPerRep?: number | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}
