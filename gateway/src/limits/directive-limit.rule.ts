import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses operations with more than `maxDirectives` directives, counting every
 * expansion of a fragment: thousands of `@include` on one field are a cheap way
 * to make validation and planning slow.
 */
export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return maxDirectivesRule({
    n: maxDirectives,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphQLError(
            `The query uses too many directives: at most ${maxDirectives} are allowed.`,
            { extensions: { code: 'TOO_MANY_DIRECTIVES', limit: maxDirectives } },
          ),
        ),
    ],
  });
}
