/**
 * kafkajs 2.2.4 sorts a produce call's messages into partitions with a reduce
 * that copies a partition's array for every message it adds
 * (`[...current, message]`): quadratic in the messages of a partition. The
 * relay publishes up to 512 KiB of an ingest's outbox in one call, a hundred
 * messages a partition and more, and the copies were a tenth of what the lead
 * service allocated there (issue 17). This sorts them in one pass, into the same
 * shape: an object of arrays keyed by partition, each in the order given.
 *
 * kafkajs' `sendMessages` takes the function once, when kafkajs loads, so it is
 * put in kafkajs' place in the module cache before that: `./kafkajs`, this
 * package's one runtime import of kafkajs, imports this file first. A process
 * that loaded kafkajs before (a test harness with its own client) keeps
 * kafkajs' own, which is slower and otherwise the same. kafkajs is pinned
 * (package-lock): revisit this file when upgrading it.
 */

interface GroupingArgs<M> {
  topic: string;
  partitionMetadata: unknown[];
  messages: M[];
  partitioner: (args: { topic: string; partitionMetadata: unknown[]; message: M }) => number;
}

export function groupMessagesPerPartition<M>({
  topic,
  partitionMetadata,
  messages,
  partitioner,
}: GroupingArgs<M>): Record<number, M[]> {
  const grouped: Record<number, M[]> = {};
  if (partitionMetadata.length === 0) return grouped;
  for (const message of messages) {
    const partition = partitioner({ topic, partitionMetadata, message });
    (grouped[partition] ??= []).push(message);
  }
  return grouped;
}

const GROUPING_MODULE = 'kafkajs/src/producer/groupMessagesPerPartition';
const SEND_MESSAGES_MODULE = 'kafkajs/src/producer/sendMessages';

/** Whether kafkajs' producers sort messages with the function above (false if kafkajs loaded first). */
export const kafkajsGroupingFixed: boolean = (() => {
  if (require.cache[require.resolve(SEND_MESSAGES_MODULE)]) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded to own its cache entry
  require(GROUPING_MODULE);
  const cached = require.cache[require.resolve(GROUPING_MODULE)];
  if (!cached) return false;
  cached.exports = groupMessagesPerPartition;
  return true;
})();
