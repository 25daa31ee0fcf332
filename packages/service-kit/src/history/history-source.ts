/**
 * Where the events about one kind of entity are in the outbox: under the
 * entity's own id (its aggregate) and, where older events of a parent named
 * the entity in a data field, there too. An event of an aggregate is keyed by
 * that aggregate's id, so new sources need only `aggregateType`; `namedIn`
 * reads the history that was written before that rule.
 */
export interface HistorySource {
  aggregateType: string;
  /** Events keyed by the entity's parent that name the entity in a data field. */
  namedIn?: { aggregateType: string; dataKey: string };
}

/** An entity whose history is asked for: its id, and its parent's id where its source has `namedIn`. */
export interface HistorySubject {
  id: string;
  parentId?: string;
}
