/**
 * Where a service keeps a person's data: one entry per table, declared once in
 * the service's components and used by both export and erasure, so the two
 * cannot drift apart. Conditions are SQL on the table's rows (alias `t`),
 * with `$1` the person's e-mail in lower case (or null) and `$2` the ids of the
 * person's records anywhere (text[]).
 */
export interface PersonalDataLocation {
  /** What the export calls these records, e.g. "leads". */
  readonly name: string;
  readonly table: string;
  /** Which rows are the person's, e.g. `lower(t.email) = $1 OR t.id::text = ANY($2)`. */
  readonly where: string;
  /**
   * The column naming the person whose personal data key is destroyed on
   * erasure (their aggregate: a lead, a contact), when the rows are people.
   */
  readonly subject?: string;
  /** Columns naming the same person's records elsewhere (a converted lead's contact): passed on. */
  readonly related?: readonly string[];
  /** What each personal column becomes on erasure (SQL expressions; ids and amounts stay). */
  readonly erase: Readonly<Record<string, string>>;
}

export type PersonalDataMap = readonly PersonalDataLocation[];

/**
 * The erasure of a free-text column that may be empty: `'erased'` where something
 * was written (the row shows that there was), NULL where nothing was.
 */
export function erasedIfWritten(column: string): string {
  return `CASE WHEN t.${column} IS NULL THEN NULL ELSE 'erased' END`;
}

/** Whose data a request is about: an e-mail, record ids, or both. */
export interface PersonSubject {
  email?: string | null;
  ids?: readonly string[] | null;
}
