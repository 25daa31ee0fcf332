import { randomBytes, randomUUID } from 'node:crypto';
import { Partitioners, type PartitionerArgs } from 'kafkajs';
import { KeyPartitioner, murmur2, partitionOfKey } from '../kafka/key-partitioner';

/** kafkajs' own murmur2, the hash its DefaultPartitioner uses. */
const kafkajsMurmur2: (
  key: Buffer | string,
) => number = require('kafkajs/src/producer/partitioners/default/murmur2');

function metadata(count: number, leaderless: number[] = []): PartitionerArgs['partitionMetadata'] {
  return Array.from({ length: count }, (_, partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: leaderless.includes(partitionId) ? -1 : 1,
    replicas: [1],
    isr: [1],
  }));
}

describe('KeyPartitioner', () => {
  it('hashes as kafkajs (and the Java client) do: every length, bytes of every value, texts', () => {
    const keys: Array<Buffer | string> = ['', 'a', 'ab', 'abc', 'abcd', 'Ünïcödé ✓', randomUUID()];
    for (let length = 0; length < 70; length += 1)
      for (let n = 0; n < 40; n += 1) keys.push(randomBytes(length));
    keys.push(Buffer.alloc(16, 0xff), Buffer.alloc(16, 0x80), Buffer.alloc(16, 0));
    for (const key of keys) expect([key, murmur2(key)]).toEqual([key, kafkajsMurmur2(key)]);
  });

  it('puts every keyed message in the partition kafkajs’ DefaultPartitioner picks, as partitionOfKey says', () => {
    const ours = KeyPartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    for (const count of [1, 2, 3, 5, 12]) {
      const partitionMetadata = metadata(count, count > 2 ? [1] : []);
      for (let n = 0; n < 500; n += 1) {
        const key = n % 2 ? randomUUID() : randomBytes(n % 40);
        const args = { topic: 't', partitionMetadata, message: { key, value: 'v' } };
        expect(ours(args)).toBe(theirs(args));
        // What a benchmark computes for its own events, knowing only the partition count.
        expect(partitionOfKey(key, count)).toBe(theirs(args));
      }
    }
  });

  it('leaves a partition given, and messages without a key, to kafkajs', () => {
    const ours = KeyPartitioner();
    const partitionMetadata = metadata(3);
    expect(
      ours({ topic: 't', partitionMetadata, message: { key: 'k', value: 'v', partition: 2 } }),
    ).toBe(2);
    const unkeyed = new Set(
      Array.from({ length: 30 }, () =>
        ours({ topic: 't', partitionMetadata, message: { value: 'v' } }),
      ),
    );
    expect(unkeyed).toEqual(new Set([0, 1, 2])); // round robin over the partitions
  });
});
