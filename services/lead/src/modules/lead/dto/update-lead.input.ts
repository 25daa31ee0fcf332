import { Input } from '@salesgraph/service-kit';
import { Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { LeadSegment } from '../lead-segment';
import { LeadField } from './lead-field';

@InputType({
  description:
    'Corrections to a lead’s contact details and segment; fields left out stay as they are.',
})
export class UpdateLeadInput {
  @Input.id({ of: 'lead' })
  leadId: string;

  @Field(() => Int, {
    description: 'The version you last read: someone else’s change is a CONFLICT.',
  })
  @Min(1)
  expectedVersion: number;

  @LeadField('company', { nullable: true })
  company?: string;

  @LeadField('contactName', { nullable: true })
  contactName?: string;

  @LeadField('email', { nullable: true })
  email?: string;

  @LeadField('phone', { nullable: true })
  phone?: string;

  @LeadField('companyDomain', { nullable: true })
  companyDomain?: string;

  @LeadField('country', { nullable: true })
  country?: string;

  @LeadField('region', { nullable: true })
  region?: string;

  @LeadField('segment', { nullable: true })
  segment?: LeadSegment;

  @LeadField('consentToContact', {
    nullable: true,
    description:
      'The contact agreed (or no longer agrees) to hear from sales: recorded as given or withdrawn on EMAIL, PHONE and VISIT, source REP_ENTRY.',
    deprecationReason: 'Use recordLeadConsent: per channel, with how and when the person said so.',
  })
  consentToContact?: boolean;
}
