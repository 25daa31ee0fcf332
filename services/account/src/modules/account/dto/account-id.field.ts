import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID } from 'type-graphql';

/**
 * An input field that names an account: an ID in the graph that must be a
 * UUID, with the same message on every input (`accountId must be an account
 * id (UUID)`). A nullable one may be left out.
 */
export function AccountIdField(
  options: { nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  return (target, property) => {
    const name = String(property);
    Field(() => ID, options)(target, name);
    if (options.nullable) IsOptional()(target, name);
    IsUUID('all', { message: `${name} must be an account id (UUID)` })(target, name);
  };
}
