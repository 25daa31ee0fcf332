/**
 * Where the real PostgreSQL and Kafka of the tests are. `npm test` starts
 * them and exports these; run `npm run infra:up` and
 * `source .infra/env.sh` to run a test file by hand.
 */
export function testInfrastructure(): { pgAdminUrl: string; kafkaBrokers: string[] } {
  const pgAdminUrl = process.env.SALESGRAPH_PG_ADMIN_URL;
  const brokers = process.env.SALESGRAPH_KAFKA_BROKERS;
  if (!pgAdminUrl || !brokers) {
    throw new Error(
      'integration tests need a real PostgreSQL and Kafka: SALESGRAPH_PG_ADMIN_URL and SALESGRAPH_KAFKA_BROKERS are not set.\n' +
        'Run them with `npm run infra:up && source .infra/env.sh`, or run everything with `npm test`.',
    );
  }
  return { pgAdminUrl, kafkaBrokers: brokers.split(',') };
}
