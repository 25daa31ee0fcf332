import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/** A page of a list and how many records match in all. */
export interface Listed<T> {
  total: number;
  items: T[];
}

/**
 * The GraphQL type of a page of `item`s, named `name` (LeadList,
 * OrderList, ...): the same two fields on every list of the platform.
 */
export function ListOf<T extends object>(item: ClassType<T>, name: string): ClassType<Listed<T>> {
  @ObjectType(name, {
    description: `A page of ${item.name} records, and how many match in all (for "1–50 of 312").`,
  })
  class List implements Listed<T> {
    @Field(() => Int, {
      description: 'How many records match the filter and search, on all pages.',
    })
    total: number;

    @Field(() => [item], { description: 'This page, in the order asked for.' })
    items: T[];
  }
  return List;
}
