import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses operations with more than `maxAliases` aliased fields, counting
 * every expansion of a fragment (aliases are how one request asks for the same
 * expensive field many times over). graphql-armor counts a fragment once and
 * multiplies, so the count is linear in the document.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return maxAliasesRule({
    n: maxAliases,
    allowList: [],
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphQLError(`The query uses too many aliases: at most ${maxAliases} are allowed.`, {
            extensions: { code: 'TOO_MANY_ALIASES', limit: maxAliases },
          }),
        ),
    ],
  });
}
