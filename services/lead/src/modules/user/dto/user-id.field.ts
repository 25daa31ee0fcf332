import { IsOptional, Length } from 'class-validator';
import { Field, ID } from 'type-graphql';

/**
 * An input field that names a user (an owner, a rep): their id at the identity
 * provider, an ID in the graph of 1 to 200 characters. A nullable one may be
 * left out.
 */
export function UserIdField(
  options: { nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  return (target, property) => {
    const name = String(property);
    Field(() => ID, options)(target, name);
    if (options.nullable) IsOptional()(target, name);
    Length(1, 200)(target, name);
  };
}
