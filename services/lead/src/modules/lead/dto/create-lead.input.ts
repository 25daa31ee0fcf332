import { IsEmail, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { LeadSegment } from '../lead-segment';

/** Accepts what marketing's contract accepts, so both kinds of lead look alike. */
@InputType({ description: 'A lead a rep (or manager) found themselves.' })
export class CreateLeadInput {
  @Field()
  @Length(1, 300)
  @Matches(/\S/, { message: 'company must not be blank' })
  company: string;

  @Field()
  @Length(1, 200)
  @Matches(/\S/, { message: 'contactName must not be blank' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 50)
  phone?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "acme.com"' })
  @IsOptional()
  @Matches(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, {
    message: 'companyDomain must be a domain such as "acme.com"',
  })
  companyDomain?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. "DE".' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "DE"' })
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  region?: string;

  @Field(() => LeadSegment, { nullable: true })
  @IsOptional()
  @IsEnum(LeadSegment)
  segment?: LeadSegment;

  @Field(() => String, {
    nullable: true,
    description: 'Where the rep found the lead; "rep" when left out.',
  })
  @IsOptional()
  @Length(1, 100)
  source?: string;

  @Input.userId({
    nullable: true,
    description:
      'Owner: yourself (the default for reps) or, for a manager, a rep of your teams. Left out by a manager: the assignment rules decide.',
  })
  ownerId?: string;
}
