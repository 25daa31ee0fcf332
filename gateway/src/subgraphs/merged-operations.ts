import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';

/** One subgraph operation as the query planner wrote it. */
export interface SubgraphOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** What a subgraph answered, as RemoteGraphQLDataSource reads it. */
export interface SubgraphBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ path?: ReadonlyArray<string | number> } & Record<string, unknown>>;
  extensions?: Record<string, unknown>;
}

/**
 * Several queries for one subgraph made one: each one's root fields, variables
 * and fragments renamed with its own prefix (`b0_`, `b1_`, ...), so that
 * nothing of one can collide with another, and the answer split back by the
 * prefixes. What Hive Router's planner does with its batch fetches, done here
 * after Apollo's planner: the key-account view calls the order subgraph three
 * times at once (the account's contracts, orders and revenue; the products of
 * its threats; those of its proposals), which becomes one call.
 */
export interface MergedOperation {
  query: string;
  variables: Record<string, unknown>;
  /** Each member's answer, in the members' order. */
  split(body: SubgraphBody): SubgraphBody[];
}

const prefixOf = (member: number) => `b${member}_`;
const prefixed = /^b(\d+)_(.*)$/s;

/** Queries only, with nothing but fields at their root; anything else is sent on its own. */
function mergeable(document: DocumentNode): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) return undefined;
  const [operation] = operations;
  if (operation.operation !== 'query') return undefined;
  if (operation.directives && operation.directives.length > 0) return undefined;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD)
    ? operation
    : undefined;
}

/** A member's definitions with its variables, fragments and root response keys prefixed. */
function renamed(document: DocumentNode, member: number): DefinitionNode[] {
  const prefix = prefixOf(member);
  const withNames = visit(document, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentDefinition: (node) => ({
      ...node,
      name: { ...node.name, value: prefix + node.name.value },
    }),
    FragmentSpread: (node) => ({
      ...node,
      name: { ...node.name, value: prefix + node.name.value },
    }),
  });
  return withNames.definitions.map((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return definition;
    return {
      ...definition,
      selectionSet: {
        ...definition.selectionSet,
        selections: (definition.selectionSet.selections as FieldNode[]).map((field) => ({
          ...field,
          alias: { kind: Kind.NAME, value: prefix + (field.alias ?? field.name).value },
        })),
      },
    };
  });
}

/** The merged text of a list of queries, or undefined when one of them cannot be merged. */
function mergedQuery(queries: readonly string[]): string | undefined {
  const documents = queries.map((query) => parse(query, { noLocation: true }));
  if (!documents.every((document) => mergeable(document))) return undefined;
  const parts = documents.map((document, member) => renamed(document, member));
  const operations = parts.flatMap((definitions) =>
    definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
  );
  // Named after its members when they all have names (the planner's `View__subgraph__3`), for
  // the subgraph's logs and metrics.
  const names = operations.map((o) => o.name?.value);
  const stem = (name: string) => name.slice(0, name.lastIndexOf('__') + 2);
  const shared = names.every((n) => n && stem(n) && stem(n) === stem(names[0]!));
  const name = shared
    ? stem(names[0]!) + names.map((n) => n!.slice(stem(n!).length)).join('_')
    : names.join('__');
  const merged: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: operations[0].operation,
    ...(names.every(Boolean) ? { name: { kind: Kind.NAME, value: name } } : {}),
    variableDefinitions: operations.flatMap((o) => o.variableDefinitions ?? []),
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: operations.flatMap((o) => o.selectionSet.selections),
    },
  };
  const fragments = parts.flatMap((definitions) =>
    definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION),
  );
  return print({ kind: Kind.DOCUMENT, definitions: [merged, ...fragments] });
}

/**
 * The planner writes the same few operations again and again: merged texts are
 * kept by the members' texts, up to a bound (the oldest goes first).
 */
export class OperationMerger {
  private readonly texts = new Map<string, string | null>();

  constructor(private readonly maxEntries = 500) {}

  merge(members: readonly SubgraphOperation[]): MergedOperation | undefined {
    const queries = members.map((m) => m.query);
    const key = queries.join('\u0000');
    let text = this.texts.get(key);
    if (text === undefined) {
      text = mergedQuery(queries) ?? null;
      if (this.texts.size >= this.maxEntries)
        this.texts.delete(this.texts.keys().next().value as string);
      this.texts.set(key, text);
    }
    if (text === null) return undefined;
    const variables: Record<string, unknown> = {};
    members.forEach((member, i) => {
      for (const [name, value] of Object.entries(member.variables ?? {}))
        variables[prefixOf(i) + name] = value;
    });
    return { query: text, variables, split: (body) => splitAnswer(body, members.length) };
  }
}

/**
 * Each member's part of the merged answer: its root fields without the prefix,
 * the errors on its paths (the path's first key without the prefix; without
 * locations, which point into the merged text), and the
 * errors without a path and the extensions for every member. Without data in
 * the answer, no member has any.
 */
export function splitAnswer(body: SubgraphBody, members: number): SubgraphBody[] {
  const data: Array<Record<string, unknown> | null> = Array.from({ length: members }, () =>
    body.data ? {} : null,
  );
  for (const [key, value] of Object.entries(body.data ?? {})) {
    const match = prefixed.exec(key);
    if (!match) continue;
    const part = data[Number(match[1])];
    if (part) part[match[2]] = value;
  }
  const errors: Array<NonNullable<SubgraphBody['errors']>> = Array.from(
    { length: members },
    () => [],
  );
  for (const { locations: _inTheMergedText, ...error } of body.errors ?? []) {
    const match = typeof error.path?.[0] === 'string' ? prefixed.exec(error.path[0]) : null;
    if (match && Number(match[1]) < members)
      errors[Number(match[1])].push({ ...error, path: [match[2], ...error.path!.slice(1)] });
    else for (const list of errors) list.push(error);
  }
  return data.map((part, i) => ({
    data: part,
    ...(errors[i].length > 0 ? { errors: errors[i] } : {}),
    ...(body.extensions ? { extensions: body.extensions } : {}),
  }));
}
