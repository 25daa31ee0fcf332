// `node infra/delete-test-topics.cjs <prefix>`: deletes the topics one test run
// created (their names start with the run's prefix, see testTopicPrefix in
// @salesgraph/testing). Every test file has topics of its own, three
// partitions each, and a broker keeps files open for each partition: left
// behind, a few full runs exhaust the broker's open-file limit ("Too many open
// files") and the broker stops. Only the run's own topics are touched, so a
// run beside another (a second clone, an engineer's targeted tests) is safe.
// The throwaway platforms (benchmarks, end-to-end stacks) delete theirs with
// `deleteTopicsWithPrefix` when they stop.
'use strict';
const { Kafka, logLevel } = require('kafkajs');

/**
 * Deletes every topic whose name starts with `prefix` (`t.<...>.`, a test
 * run's or a throwaway platform's). Answers how many it deleted.
 */
async function deleteTopicsWithPrefix(brokers, prefix) {
  if (!/^t\.[a-z0-9.]+\.$/i.test(prefix)) throw new Error(`not a test topic prefix: ${prefix}`);
  const admin = new Kafka({
    clientId: 'delete-test-topics',
    brokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    // In slices: one request naming thousands of topics outlasts the request timeout.
    for (let i = 0; i < topics.length; i += 100)
      await admin.deleteTopics({ topics: topics.slice(i, i + 100), timeout: 60_000 });
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}

if (require.main === module) {
  const prefix = process.argv[2];
  if (!prefix || !/^t\.[a-z0-9]+\.$/.test(prefix)) {
    process.stderr.write('usage: node infra/delete-test-topics.cjs t.<run>.\n');
    process.exit(2);
  }
  const brokers = (process.env.SALESGRAPH_KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (brokers.length === 0) {
    process.stderr.write('SALESGRAPH_KAFKA_BROKERS is not set (source .infra/env.sh)\n');
    process.exit(2);
  }
  deleteTopicsWithPrefix(brokers, prefix).then(
    (count) => process.stdout.write(`deleted ${count} topics of ${prefix}*\n`),
    (error) => {
      // Cleaning up is a courtesy to the next run: it never fails this one.
      process.stderr.write(`could not delete the topics of ${prefix}*: ${error.message}\n`);
    },
  );
}

module.exports = { deleteTopicsWithPrefix };
