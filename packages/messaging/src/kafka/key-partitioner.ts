import { Partitioners, type ICustomPartitioner } from './kafkajs';

/**
 * Kafka's murmur2 (the Java client's `Utils.murmur2`, which picks a keyed
 * message's partition) on 32-bit integers. kafkajs computes the same hash
 * through its 64-bit Long emulation, an object per step: with the scan of the
 * partitions it makes for every message, 4 % of the lead service's CPU while
 * the relay published an ingest's events (issue 17).
 */
export function murmur2(key: Buffer | string): number {
  const data = typeof key === 'string' ? Buffer.from(key) : key;
  const length = data.length;
  const m = 0x5bd1e995;
  let h = 0x9747b28c ^ length;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const rest = length & 3;
  if (rest > 0) {
    if (rest === 3) h ^= data[whole + 2] << 16;
    if (rest >= 2) h ^= data[whole + 1] << 8;
    h ^= data[whole];
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * The partition a message keyed `key` goes to among `partitions`, as the
 * Java client and KeyPartitioner pick it: a benchmark that knows which of its
 * events share a partition knows which are consumed in their order.
 */
export function partitionOfKey(key: Buffer | string, partitions: number): number {
  return (murmur2(key) & 0x7fffffff) % partitions;
}

/**
 * kafkajs' DefaultPartitioner, the same partition for every key (the Java
 * client's too, so that a key keeps its partition whichever client writes
 * it), with the keyed case computed by `murmur2` above. A message with a
 * partition of its own, or without a key, goes through kafkajs' partitioner.
 */
export const KeyPartitioner: ICustomPartitioner = () => {
  const kafkajs = Partitioners.DefaultPartitioner();
  return (args) => {
    const { message, partitionMetadata } = args;
    if (message.partition != null || message.key == null) return kafkajs(args);
    return partitionOfKey(message.key, partitionMetadata.length);
  };
};
