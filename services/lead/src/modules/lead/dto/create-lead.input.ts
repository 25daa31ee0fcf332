import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import type { LeadSegment } from '../lead-segment';
import { LeadField } from './lead-field';

/** Accepts what marketing's contract accepts, so both kinds of lead look alike. */
@InputType({ description: 'A lead a rep (or manager) found themselves.' })
export class CreateLeadInput {
  @LeadField('company')
  company: string;

  @LeadField('contactName')
  contactName: string;

  @LeadField('email', { nullable: true })
  email?: string;

  @LeadField('phone', { nullable: true })
  phone?: string;

  @LeadField('companyDomain', { nullable: true, description: 'e.g. "acme.com"' })
  companyDomain?: string;

  @LeadField('country', { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. "DE".' })
  country?: string;

  @LeadField('region', { nullable: true })
  region?: string;

  @LeadField('segment', { nullable: true })
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
