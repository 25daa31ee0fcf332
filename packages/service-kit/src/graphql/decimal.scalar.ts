import { GraphQLScalarType, Kind } from 'graphql';

const pattern = /^-?\d{1,15}(\.\d{1,6})?$/;

/**
 * Exact decimal numbers (money, quantities) as strings on the wire, such as
 * "1234.50": a JSON number would be a binary float in most clients.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.50". Never a float.',
  serialize(value) {
    const text =
      typeof value === 'string' ? value : typeof value === 'number' ? String(value) : String(value);
    if (!pattern.test(text)) throw new TypeError(`Decimal cannot represent ${text}`);
    return text;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new TypeError(
        'Decimal must be a string such as "1234.50" (at most 15 digits before and 6 after the point)',
      );
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !pattern.test(ast.value)) {
      throw new TypeError(
        'Decimal must be a string such as "1234.50" (at most 15 digits before and 6 after the point)',
      );
    }
    return ast.value;
  },
});
