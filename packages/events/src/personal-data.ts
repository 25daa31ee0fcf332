import { z } from 'zod';

/**
 * Personal data: what identifies a person (a lead's or a contact's name,
 * e-mail, phone, job title). A contract marks such a field where it declares
 * it (`personal(...)`, or the `PersonName` / `PersonEmail` / `PersonPhone`
 * primitives), so every event that carries it names it. The marking drives
 * what the privacy tooling does with it: producers encrypt these fields with
 * the person's own key before the outbox (crypto-shredding, docs/privacy.md),
 * history and consumers decrypt through that key, and erasure destroys the key
 * so the outbox and every topic only ever yield the placeholder.
 */
export interface PersonalField {
  /** Keys from the data's root; `[]` stands for every item of a list. */
  readonly path: readonly string[];
  /** The path as the catalogue names it, e.g. `contact.email`. */
  readonly label: string;
  /**
   * What the field reads as once its person is erased, valid against the
   * contract so that a consumer or a replay still accepts the event: `"erased"`,
   * or, where the schema refuses that (an e-mail), nothing when the field is
   * optional and `erased@erased.invalid` when it is required.
   */
  readonly erased: unknown;
}

/** The schema, marked as personal data (also shown in the catalogue's JSON schema as `"personalData": true`). */
export function personal<T extends z.ZodType>(schema: T): T {
  return schema.meta({ personalData: true }) as T;
}

/** What an erased personal field reads as, wherever it is shown again (history, replay, export). */
export const ERASED = 'erased';
const ERASED_EMAIL = 'erased@erased.invalid';

function erasedValue(schema: z.ZodType, optional: boolean): unknown {
  if (schema.safeParse(ERASED).success) return ERASED;
  if (optional || schema.safeParse(undefined).success) return undefined;
  return schema.safeParse(ERASED_EMAIL).success ? ERASED_EMAIL : null;
}

function isPersonal(schema: z.ZodType): boolean {
  return z.globalRegistry.get(schema)?.personalData === true;
}

/** What a schema wraps without changing where its value sits: optional, nullable, default, readonly. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/**
 * Every personal field of a data schema, found by walking objects, lists,
 * unions and the wrappers above (the mark may sit inside `.optional()` or on
 * it); a marked object or list counts as a whole.
 */
export function personalFieldsOf(schema: z.ZodType): PersonalField[] {
  const found = new Map<string, PersonalField>();
  const walk = (node: z.ZodType, path: string[], optional: boolean): void => {
    if (isPersonal(node) && path.length > 0) {
      const label = path.join('.').replaceAll('.[]', '[]');
      found.set(label, { path, label, erased: erasedValue(node, optional) });
      return;
    }
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object')
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(child, [...path, key], false);
    else if (def.type === 'array') walk(def.element as z.ZodType, [...path, '[]'], false);
    else if (def.type === 'union')
      for (const option of def.options as z.ZodType[]) walk(option, path, optional);
    else if (def.type === 'pipe') walk(def.in as z.ZodType, path, optional);
    else if (wrappers.has(def.type))
      walk(def.innerType as z.ZodType, path, optional || def.type === 'optional');
  };
  walk(schema, [], false);
  return [...found.values()];
}
