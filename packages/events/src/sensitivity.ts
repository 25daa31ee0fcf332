import { z } from 'zod';

/**
 * Kinds of event data that not everyone who may see an entity may read. An
 * event contract marks such a field where it declares it (`sensitive(...)`),
 * so the mark travels with the field into every event that carries it; the
 * services decide who may read each kind (service-kit), and `history` leaves
 * a marked field out for everyone else.
 */
export const Sensitivities = ['COST_AND_MARGIN'] as const;
export type Sensitivity = (typeof Sensitivities)[number];

/** A marked field of an event's data: where it is, and what kind of data it holds. */
export interface SensitiveField {
  /** Keys from the data's root; `[]` stands for every item of a list. */
  readonly path: readonly string[];
  /** The path as the catalogue and `history` name it, e.g. `order.lines[].unitCost`. */
  readonly label: string;
  readonly sensitivity: Sensitivity;
}

/** The schema, marked as holding data of this kind (also shown in the catalogue's JSON schema). */
export function sensitive<T extends z.ZodType>(schema: T, sensitivity: Sensitivity): T {
  return schema.meta({ sensitivity }) as T;
}

function sensitivityOf(schema: z.ZodType): Sensitivity | undefined {
  const marked = z.globalRegistry.get(schema)?.sensitivity;
  return (Sensitivities as readonly unknown[]).includes(marked)
    ? (marked as Sensitivity)
    : undefined;
}

/** What a schema wraps without changing where its value sits: optional, nullable, default, readonly. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/**
 * Every marked field of a data schema, found by walking objects, lists,
 * unions and the wrappers above; a marked object or list counts as a whole.
 */
export function sensitiveFieldsOf(schema: z.ZodType): SensitiveField[] {
  const found = new Map<string, SensitiveField>();
  const walk = (node: z.ZodType, path: string[]): void => {
    const sensitivity = sensitivityOf(node);
    if (sensitivity && path.length > 0) {
      const label = path.join('.').replaceAll('.[]', '[]');
      found.set(label, { path, label, sensitivity });
      return;
    }
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object')
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(child, [...path, key]);
    else if (def.type === 'array') walk(def.element as z.ZodType, [...path, '[]']);
    else if (def.type === 'union')
      for (const option of def.options as z.ZodType[]) walk(option, path);
    else if (def.type === 'pipe') walk(def.in as z.ZodType, path);
    else if (wrappers.has(def.type)) walk(def.innerType as z.ZodType, path);
  };
  walk(schema, []);
  return [...found.values()];
}
