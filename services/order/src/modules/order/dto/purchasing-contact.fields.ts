import { Input } from '@salesgraph/service-kit';
import { IsOptional, Length } from 'class-validator';
import { Field } from 'type-graphql';

/**
 * The customer's purchasing contact, optional on every order input that
 * takes one: declared once, so each of them accepts the same name and id.
 */

/** The contact's name, 1 to 200 characters. */
export function PurchasingContactName(description?: string): PropertyDecorator {
  return (target, property) => {
    Length(1, 200)(target, property as string);
    IsOptional()(target, property as string);
    Field(() => String, { nullable: true, description })(target, property as string);
  };
}

/** The contact's id in the account service. */
export function PurchasingContactId(description?: string): PropertyDecorator {
  return Input.id({ nullable: true, description });
}
