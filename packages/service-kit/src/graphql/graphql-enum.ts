import { registerEnumType } from 'type-graphql';

/** The values of an enum made by graphqlEnum, as a type: `type LeadStatus = EnumValue<typeof LeadStatus>`. */
export type EnumValue<E> = E[keyof E];

/**
 * A GraphQL enum and its TypeScript values in one declaration:
 *
 *   export const LeadStatus = graphqlEnum('LeadStatus', ['NEW', 'CONTACTED'], { description });
 *   export type LeadStatus = EnumValue<typeof LeadStatus>;
 *
 * `LeadStatus.NEW === 'NEW'`; the values are registered with type-graphql
 * under `name`, with a description per value where one is given.
 */
export function graphqlEnum<const V extends readonly string[]>(
  name: string,
  values: V,
  options: { description?: string; valueDescriptions?: Partial<Record<V[number], string>> } = {},
): { readonly [K in V[number]]: K } {
  const enumObject = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as {
    readonly [K in V[number]]: K;
  };
  const descriptions = options.valueDescriptions as Record<string, string> | undefined;
  registerEnumType(enumObject, {
    name,
    description: options.description,
    valuesConfig: descriptions
      ? (Object.fromEntries(
          Object.entries(descriptions).map(([value, description]) => [value, { description }]),
        ) as Partial<Record<V[number], { description: string }>>)
      : undefined,
  });
  return enumObject;
}
