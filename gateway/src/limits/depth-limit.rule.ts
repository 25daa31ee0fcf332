import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses operations nested deeper than `maxDepth` fields, counting through
 * fragments (a spread adds no level of its own). graphql-armor measures each
 * fragment once and reuses the answer at every spread, so a document of
 * fragments that spread each other many times costs no more to measure than
 * its own length: the hand-written rule this replaces walked a fragment again
 * at every spread, and 24 fragments kept the gateway busy for a minute.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return maxDepthRule({
    n: maxDepth,
    flattenFragments: true,
    // Introspection is bounded like everything else (it is off in production anyway).
    ignoreIntrospection: false,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphQLError(
            `The query is nested too deeply: more than ${maxDepth} levels of fields are not allowed.`,
            { extensions: { code: 'QUERY_TOO_DEEP', limit: maxDepth } },
          ),
        ),
    ],
  });
}
