import { ConsentChannel, currentConsent } from '@salesgraph/events';
import { In, type DataSource, type FindOptionsOrder, type FindOptionsWhere } from 'typeorm';
import type { CommandContext } from '../command/command-context';
import { readerOf } from '../command/unit-of-work';
import { loadMany, manyByKey } from '../graphql/loader-helpers';
import type { ConsentRecordFields } from './consent-record.fields';

type SubjectColumn<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** What a consent row holds at least: when it was said and recorded, the order of a history. */
interface StoredConsent {
  effectiveAt: Date;
  recordedAt: Date;
}

/**
 * Reads one service's consent rows about its people (leads, contacts): the
 * history of each, newest first, and the decision in force per channel.
 * Every person of one request is read in one query. Rows that are not one
 * record each (a lead's decision names several channels) are turned into
 * records by `recordsOf`, in their order.
 */
export class ConsentHistory<T extends ConsentRecordFields, R extends StoredConsent = T> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: new () => R,
    /** The column naming the person, e.g. `leadId`. */
    private readonly subject: SubjectColumn<R>,
    private readonly recordsOf: (rows: R[]) => T[] = (rows) => rows as unknown as T[],
  ) {}

  /** Every decision about the person, newest first. */
  historyOf(command: CommandContext, subjectId: string): Promise<T[]> {
    return loadMany(command, `${this.entity.name}.history`, subjectId, async (subjectIds) => {
      const rows = await readerOf(this.dataSource, command).find(this.entity, {
        where: { [this.subject]: In([...subjectIds]) } as FindOptionsWhere<R>,
        order: { effectiveAt: 'DESC', recordedAt: 'DESC' } as FindOptionsOrder<R>,
      });
      return manyByKey(subjectIds, rows, (row) => row[this.subject] as string).map((mine) =>
        this.recordsOf(mine),
      );
    });
  }

  /** The decision in force on each channel that has one, in the channels' order. */
  async currentOf(command: CommandContext, subjectId: string): Promise<T[]> {
    return inForce(await this.historyOf(command, subjectId));
  }
}

/** The decision in force on each channel that has one, in the channels' order. */
export function inForce<T extends ConsentRecordFields>(rows: readonly T[]): T[] {
  const current = currentConsent(rows);
  return ConsentChannel.options.flatMap((channel) => current.get(channel) ?? []);
}
