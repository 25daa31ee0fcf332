// A consuming instance in a process of its own, so that a test can kill -9 it.
// Runs the built package (npm test builds first). Prints one JSON line per
// message handled, and {"joined":true} once it is a member of the group.
const { createKafkaBroker, silentLogger } = require('../../../dist');

const [brokers, groupId, topic] = process.argv.slice(2);
const broker = createKafkaBroker({
  clientId: `kill-test-${process.pid}`,
  brokers: brokers.split(','),
  logger: silentLogger,
});
const consumer = broker.consumer(groupId);
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

consumer
  .run({
    topics: [topic],
    fromBeginning: true,
    handle: async (message) => print({ partition: message.partition, key: message.key }),
  })
  .then(() => {
    const timer = setInterval(() => {
      if (consumer.health().ok) {
        clearInterval(timer);
        print({ joined: true });
      }
    }, 50);
  });
