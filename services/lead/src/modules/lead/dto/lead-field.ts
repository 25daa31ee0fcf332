import { IsBoolean, IsEmail, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, type FieldOptions } from 'type-graphql';
import { LeadSegment } from '../lead-segment';

const notBlank = (field: string) => Matches(/\S/, { message: `${field} must not be blank` });

/** What each field a person enters on a lead is in the graph, and what it must be. */
const leadFields = {
  company: { type: () => String, checks: () => [Length(1, 300), notBlank('company')] },
  contactName: { type: () => String, checks: () => [Length(1, 200), notBlank('contactName')] },
  email: {
    type: () => String,
    checks: () => [IsEmail({}, { message: 'email must be a valid e-mail address' })],
  },
  phone: { type: () => String, checks: () => [Length(3, 50)] },
  companyDomain: {
    type: () => String,
    checks: () => [
      Matches(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, {
        message: 'companyDomain must be a domain such as "acme.com"',
      }),
    ],
  },
  country: {
    type: () => String,
    checks: () => [
      Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "DE"' }),
    ],
  },
  region: { type: () => String, checks: () => [Length(1, 100)] },
  segment: { type: () => LeadSegment, checks: () => [IsEnum(LeadSegment)] },
  consentToContact: { type: () => Boolean, checks: () => [IsBoolean()] },
};

/**
 * A field of a lead on an input, with its checks: entering a lead and
 * correcting one check each field alike. A nullable field may be left out.
 */
export function LeadField(
  field: keyof typeof leadFields,
  options: FieldOptions = {},
): PropertyDecorator {
  const { type, checks } = leadFields[field];
  return (target, property) => {
    const name = String(property);
    Field(type, options)(target, name);
    if (options.nullable) IsOptional()(target, name);
    for (const check of checks()) check(target, name);
  };
}
