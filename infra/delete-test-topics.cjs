// `node infra/delete-test-topics.cjs <prefix>`: deletes the topics one test run
// created (their names start with the run's prefix, see testTopicPrefix in
// @salesgraph/testing). Every test file has topics of its own, three
// partitions each, and a broker keeps files open for each partition: left
// behind, a few full runs exhaust the broker's open-file limit ("Too many open
// files") and the broker stops. Only the run's own topics are touched, so a
// run beside another (a second clone, an engineer's targeted tests) is safe.
'use strict';
const { Kafka, logLevel } = require('kafkajs');

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

async function main() {
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
    process.stdout.write(`deleted ${topics.length} topics of ${prefix}*\n`);
  } finally {
    await admin.disconnect();
  }
}
main().catch((error) => {
  // Cleaning up is a courtesy to the next run: it never fails this one.
  process.stderr.write(`could not delete the topics of ${prefix}*: ${error.message}\n`);
});
