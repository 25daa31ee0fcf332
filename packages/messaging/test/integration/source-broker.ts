import { testInfrastructure } from '@salesgraph/testing';
import {
  createKafkaBroker,
  silentLogger,
  type KafkaBrokerOptions,
  type MessageBroker,
} from '../../src';

/**
 * A broker client built from this package's source on the test broker, with
 * the consumer options a test sets: `testBroker` from @salesgraph/testing
 * builds the package's compiled output and takes no options.
 */
export function sourceBroker(
  clientId: string,
  options: Omit<Partial<KafkaBrokerOptions>, 'clientId' | 'brokers' | 'logger'> = {},
): MessageBroker {
  return createKafkaBroker({
    clientId,
    brokers: testInfrastructure().kafkaBrokers,
    logger: silentLogger,
    ...options,
  });
}
