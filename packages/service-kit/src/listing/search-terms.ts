/** At most this many words of a search count: more would not narrow a list of people. */
export const MAX_SEARCH_WORDS = 6;

/**
 * The words of a search, lower-cased and escaped for LIKE ('%' and '_' match
 * themselves), each to be found somewhere in a record's search document.
 * Blank or missing: no words, no search.
 */
export function searchTerms(search: string | null | undefined): string[] {
  if (!search) return [];
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return [...new Set(words)]
    .slice(0, MAX_SEARCH_WORDS)
    .map((word) => word.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/**
 * The one text a record is searched in: its columns lower-cased and joined
 * by spaces, NULLs as empty. The migrations index exactly this expression
 * with pg_trgm (gin_trgm_ops), so that LIKE '%word%' on it uses the index:
 * a query must build it the same way, from the same columns in the same order.
 */
export function searchDocument(columns: readonly string[], alias?: string): string {
  const column = (name: string) => (alias ? `"${alias}"."${name}"` : `"${name}"`);
  return `lower(${columns.map((name) => `coalesce(${column(name)}, '')`).join(" || ' ' || ")})`;
}
