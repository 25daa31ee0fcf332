import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID } from 'type-graphql';

export interface InputFieldOptions {
  /** May be left out (null or absent); validated only when given. */
  nullable?: boolean;
  description?: string;
}

/** A field of an input or args type: an ID in the graph, and the validation of its kind. */
function idField(
  validate: (property: string) => PropertyDecorator,
  options: InputFieldOptions,
): PropertyDecorator {
  return (target, property) => {
    const name = String(property);
    Field(() => ID, { nullable: options.nullable, description: options.description })(target, name);
    if (options.nullable) IsOptional()(target, name);
    validate(name)(target, name);
  };
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

/**
 * Input fields that name a record or a person, declared once: every input of
 * every service takes and checks them the same way, with the same message,
 * as `Stored` does for the columns the graph shows.
 */
export const Input = {
  /**
   * A record's id, ours or another service's: a UUID. `of` names the record
   * for the message (`accountId must be an account id (UUID)`); without it,
   * `orderId must be a UUID`.
   */
  id: (options: InputFieldOptions & { of?: string } = {}): PropertyDecorator =>
    idField(
      (name) =>
        IsUUID('all', {
          message: options.of
            ? `${name} must be ${article(options.of)} ${options.of} id (UUID)`
            : `${name} must be a UUID`,
        }),
      options,
    ),
  /** A person's id at the identity provider (an owner, a rep, a member): 1 to 200 characters. */
  userId: (options: InputFieldOptions = {}): PropertyDecorator =>
    idField(() => Length(1, 200), options),
};
