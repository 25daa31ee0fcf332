import type { QueryRunner } from 'typeorm';
import { searchDocument } from './search-terms';

/**
 * A migration step: the trigram index that list searches use on `table`
 * (pg_trgm is a trusted extension: a database owner may create it). The
 * expression is `searchDocument(columns)`, which list queries repeat.
 */
export async function createSearchIndex(
  queryRunner: QueryRunner,
  table: string,
  name: string,
  columns: readonly string[],
): Promise<void> {
  await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await queryRunner.query(
    `CREATE INDEX "${name}" ON "${table}" USING gin ((${searchDocument(columns)}) gin_trgm_ops)`,
  );
}
