import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, type FieldOptions } from 'type-graphql';
import { AccountSegment } from '../account-enums';

/** What each field a person enters on an account is in the graph, and what it must be. */
const accountFields = {
  name: {
    type: () => String,
    checks: () => [
      Length(1, 300, { message: 'name must be 1 to 300 characters' }),
      Matches(/\S/, { message: 'name must not be blank' }),
    ],
  },
  domain: {
    type: () => String,
    checks: () => [
      Matches(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i, {
        message: 'domain must be a domain name such as acme.example',
      }),
    ],
  },
  industry: {
    type: () => String,
    checks: () => [Length(1, 100, { message: 'industry must be 1 to 100 characters' })],
  },
  segment: { type: () => AccountSegment, checks: () => [IsEnum(AccountSegment)] },
};

/**
 * A field of an account on an input, with its checks: opening an account and
 * correcting one check each field alike. A nullable field may be left out.
 */
export function AccountField(
  field: keyof typeof accountFields,
  options: FieldOptions = {},
): PropertyDecorator {
  const { type, checks } = accountFields[field];
  return (target, property) => {
    const name = String(property);
    Field(type, options)(target, name);
    if (options.nullable) IsOptional()(target, name);
    for (const check of checks()) check(target, name);
  };
}
