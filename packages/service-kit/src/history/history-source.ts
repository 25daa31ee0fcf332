/**
 * Where the events about one kind of entity are in the outbox: under the
 * entity's own id (its aggregate) and, where events of a parent name the
 * entity in their data, there too. An event of an aggregate is keyed by that
 * aggregate's id, so most sources need only `aggregateType`; `namedIn` reads
 * the events of a parent about a part of it (a plan's events about one of its
 * actions) and the history written before that rule (an account's events
 * about a contact).
 */
export interface HistorySource {
  aggregateType: string;
  /**
   * Events keyed by the entity's parent that name the entity in their data:
   * at a top-level key (`dataKey`), or at the first of several paths that is
   * present (`dataPaths`, e.g. [['action', 'actionId'], ['actionId']]).
   */
  namedIn?: { aggregateType: string } & (
    { dataKey: string; dataPaths?: never } | { dataPaths: string[][]; dataKey?: never }
  );
}

/** An entity whose history is asked for: its id, and its parent's id where its source has `namedIn`. */
export interface HistorySubject {
  id: string;
  parentId?: string;
}
