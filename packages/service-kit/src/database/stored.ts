import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int } from 'type-graphql';
import { Column, type ColumnOptions } from 'typeorm';
import { DecimalScalar } from '../graphql/decimal.scalar';
import { decimalColumn, moneyColumn } from './decimal-column';

export interface StoredOptions {
  nullable?: boolean;
  description?: string;
  deprecationReason?: string;
  /** Further column options (a default, unique, a length); the type comes from the kind. */
  column?: Omit<ColumnOptions, 'type' | 'nullable' | 'transformer'>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GraphQLTypeFn = () => any;

/**
 * A column that the entity also shows in the graph, declared once: the
 * GraphQL type and the column type of each kind of value are decided here,
 * so every entity stores and shows money, dates and ids the same way.
 * Columns the graph does not show keep a plain @Column.
 */
function stored(graphQLType: GraphQLTypeFn, column: ColumnOptions) {
  return (options: StoredOptions = {}): PropertyDecorator =>
    (target, property) => {
      Field(graphQLType, {
        nullable: options.nullable,
        description: options.description,
        deprecationReason: options.deprecationReason,
      })(target, property as string);
      Column({ ...column, ...options.column, nullable: options.nullable ?? false })(
        target,
        property as string,
      );
    };
}

export const Stored = {
  /** Free text. */
  text: stored(() => String, { type: 'text' }),
  /** A reference to a record (ours or another service's): a uuid column, an ID in the graph. */
  id: stored(() => ID, { type: 'uuid' }),
  /** A user id from the identity provider: text, an ID in the graph. */
  userId: stored(() => ID, { type: 'text' }),
  int: stored(() => Int, { type: 'int' }),
  boolean: stored(() => Boolean, { type: 'boolean' }),
  /** An instant. */
  dateTime: stored(() => GraphQLISODateTime, { type: 'timestamptz' }),
  /** A calendar date, "YYYY-MM-DD". */
  date: stored(() => GraphQLLocalDate, { type: 'date' }),
  /** An ISO 4217 currency code. */
  currency: stored(() => String, { type: 'char', length: 3 }),
  /** Money: numeric(21,6), read back with 2 to 6 decimals. */
  money: stored(() => DecimalScalar, {
    type: 'numeric',
    precision: 21,
    scale: 6,
    transformer: moneyColumn,
  }),
  /** An exact decimal (a quantity, a percentage), read back with at least `places` decimals. */
  decimal: (places: number, options?: StoredOptions) =>
    stored(() => DecimalScalar, { type: 'numeric', transformer: decimalColumn(places) })(options),
  /** A value of a GraphQL enum, stored as text. */
  enum: (enumType: object, options?: StoredOptions) =>
    stored(() => enumType, { type: 'text' })(options),
};
