import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { fragmentsOf } from './fragment-walk';

/**
 * Refuses operations nested deeper than `maxDepth` fields, counting through
 * fragments. Measuring stops one level past the limit, so a hostile document
 * costs no more to reject than an allowed one.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());

    const depthOf = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): number => {
      if (depth > maxDepth) return depth;
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const next = selection.selectionSet
            ? depthOf(selection.selectionSet, depth + 1, seen)
            : depth + 1;
          deepest = Math.max(deepest, next);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // unknown or cyclic: other rules report it
          deepest = Math.max(
            deepest,
            depthOf(fragment.selectionSet, depth, new Set(seen).add(name)),
          );
        }
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested too deeply: more than ${maxDepth} levels of fields are not allowed.`,
              {
                nodes: [operation],
                extensions: { code: 'QUERY_TOO_DEEP', limit: maxDepth },
              },
            ),
          );
        }
      },
    };
  };
}
