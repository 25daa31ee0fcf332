import { execFile } from 'node:child_process';

/**
 * Publishes one record with kcat (librdkafka), not with the platform's own
 * client, as a system outside the platform would: any Kafka client may publish.
 * `topic` is the topic's name on the broker (with its prefix).
 */
export async function publishRecordWithKcat(
  kafkaBrokers: string,
  topic: string,
  key: string,
  value: string,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = execFile('kcat', ['-P', '-b', kafkaBrokers, '-t', topic, '-k', key], (error) =>
      error ? reject(error) : resolve(),
    );
    child.stdin!.end(value);
  });
}
