import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { fragmentsOf } from './fragment-walk';

/**
 * Refuses operations with more than `maxAliases` aliased fields, counting
 * every expansion of a fragment: aliases are how one request asks for the
 * same expensive field many times over.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());

    const count = (selectionSet: SelectionSetNode, seen: Set<string>, total: number): number => {
      for (const selection of selectionSet.selections) {
        if (total > maxAliases) return total;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) total += 1;
          if (selection.selectionSet) total = count(selection.selectionSet, seen, total);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total = count(selection.selectionSet, seen, total);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            total = count(fragment.selectionSet, new Set(seen).add(fragment.name.value), total);
          }
        }
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const aliases = count(operation.selectionSet, new Set(), 0);
        if (aliases > maxAliases) {
          context.reportError(
            new GraphQLError(
              `The query uses too many aliases: at most ${maxAliases} are allowed.`,
              {
                nodes: [operation],
                extensions: { code: 'TOO_MANY_ALIASES', limit: maxAliases },
              },
            ),
          );
        }
      },
    };
  };
}
