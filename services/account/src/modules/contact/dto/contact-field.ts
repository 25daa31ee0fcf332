import { IsEmail, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, GraphQLISODateTime, Int, type FieldOptions } from 'type-graphql';
import { BuyingRole } from '../buying-role';

const oneToFive = (field: string) => [
  Min(1, { message: `${field} must be between 1 and 5` }),
  Max(5, { message: `${field} must be between 1 and 5` }),
];

/** What each field of a contact is in the graph, and what it must be. */
const contactFields = {
  name: {
    type: () => String,
    checks: () => [Length(1, 200, { message: 'name must be 1 to 200 characters' })],
  },
  title: {
    type: () => String,
    checks: () => [Length(1, 200, { message: 'title must be 1 to 200 characters' })],
  },
  email: {
    type: () => String,
    checks: () => [IsEmail({}, { message: 'email must be a valid e-mail address' })],
  },
  phone: {
    type: () => String,
    checks: () => [
      Matches(/^\+?[0-9 ()./-]{3,40}$/, {
        message: 'phone must be a phone number such as +49 30 1234567',
      }),
    ],
  },
  buyingRole: { type: () => BuyingRole, checks: () => [] },
  influence: { type: () => Int, checks: () => oneToFive('influence') },
  relationshipStrength: { type: () => Int, checks: () => oneToFive('relationshipStrength') },
  lastInteractionAt: { type: () => GraphQLISODateTime, checks: () => [] },
};

/**
 * A field of a contact on an input, with its checks: adding a contact and
 * changing one check each field alike. A nullable field may be left out.
 */
export function ContactField(
  field: keyof typeof contactFields,
  options: FieldOptions = {},
): PropertyDecorator {
  const { type, checks } = contactFields[field];
  return (target, property) => {
    const name = String(property);
    Field(type, options)(target, name);
    if (options.nullable) IsOptional()(target, name);
    for (const check of checks()) check(target, name);
  };
}
