import type { EntityManager } from 'typeorm';

/** The sequences that number the service's documents; each is created by a migration. */
export type NumberSequence = 'order_number_seq' | 'contract_number_seq' | 'quote_number_seq';

/**
 * The next human-readable number of a document, e.g. "SO-000042" or
 * "SC-0007", from a database sequence: numbers never repeat, also when two
 * instances of the service draft at the same moment. A rolled-back
 * transaction leaves a gap, which is what a sequence is for.
 */
export async function nextDocumentNumber(
  manager: EntityManager,
  sequence: NumberSequence,
  prefix: string,
  digits: number,
): Promise<string> {
  const [row] = await manager.query(`SELECT nextval('${sequence}') AS n`);
  return `${prefix}-${String(row.n).padStart(digits, '0')}`;
}
