import { Kafka, logLevel, type LogEntry } from './kafkajs';
import type { Logger } from '../logger';
import { useOwnFetchDecoder } from './fetch-decoder';
import { fixKafkajsIdleTimer } from './kafkajs-idle-timer-fix';
import { useOwnProduceEncoder } from './produce-encoder';

/**
 * The kafkajs client with the platform's settings: short connection timeout,
 * bounded retries, and kafkajs' own log lines (warnings and errors only)
 * routed to our structured logger. kafkajs is imported in this folder only,
 * so that the client library can be swapped.
 */
export function newKafkaClient(options: {
  clientId: string;
  brokers: string[];
  logger: Logger;
}): Kafka {
  const { logger } = options;
  fixKafkajsIdleTimer();
  useOwnProduceEncoder();
  useOwnFetchDecoder();
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: 3_000,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      const target = entry.level <= logLevel.ERROR ? logger.error : logger.warn;
      target.call(logger, { kafka: entry.namespace, ...rest }, message);
    },
  });
}
