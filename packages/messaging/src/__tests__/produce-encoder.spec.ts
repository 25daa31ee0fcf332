import { randomBytes, randomUUID } from 'node:crypto';
import { crc32c } from '../kafka/crc32c';
import {
  encodeProduceRequest,
  useOwnProduceEncoder,
  type ProduceArgs,
  type ProduceMessage,
} from '../kafka/produce-encoder';

const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C') as (b: Buffer) => number;
const kafkajsProduceV3 = require('kafkajs/src/protocol/requests/produce/v3/request') as (
  args: ProduceArgs,
) => { encode(): Promise<{ buffer: Buffer }> };
const produceDefinition = require('kafkajs/src/protocol/requests/produce') as {
  protocol(o: { version: number }): (args: ProduceArgs) => {
    request: {
      apiVersion: number;
      encode(): Promise<{ buffer: Buffer; buf: Buffer; offset: number }>;
    };
  };
};
const Long = require('kafkajs/src/utils/long') as { fromValue(v: unknown): unknown };
const frame = require('kafkajs/src/protocol/request') as (options: {
  correlationId: number;
  clientId: string;
  request: object;
}) => Promise<{ buffer: Buffer }>;

const kafkajsBytes = async (args: ProduceArgs) => (await kafkajsProduceV3(args).encode()).buffer;

function message(n: number): ProduceMessage {
  const variants: ProduceMessage[] = [
    { key: randomUUID(), value: JSON.stringify({ n, text: 'x'.repeat(n * 37) }) },
    { key: `Ünïcödé-${n} ✓`, value: `välue ${'ß'.repeat(n)}`, headers: { ce_type: 'lead.X.v1' } },
    { key: randomBytes(n % 20), value: randomBytes(n * 50), headers: { bin: randomBytes(8) } },
    { key: randomUUID(), value: null, headers: { ce_id: randomUUID(), many: ['a', 'b', 'ç'] } },
    { value: 'no key at all', headers: {} },
    {
      key: 'k',
      value: 'x'.repeat(70_000), // sizes past one, two and three varint bytes
      headers: {
        'content-type': 'application/cloudevents+json; charset=utf-8',
        ce_traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      },
    },
  ];
  return variants[n % variants.length];
}

function request(overrides: Partial<ProduceArgs> = {}): ProduceArgs {
  return {
    acks: -1,
    timeout: 30_000,
    topicData: [
      {
        topic: 'lead',
        partitions: [
          {
            partition: 0,
            firstSequence: 7,
            messages: Array.from({ length: 13 }, (_, i) => message(i)),
          },
          { partition: 2, firstSequence: 0, messages: [message(3)] },
        ],
      },
      {
        topic: 'privacy.subject-keys',
        partitions: [{ partition: 1, messages: [message(1), message(5)] }],
      },
    ],
    ...overrides,
  };
}

describe('our produce request encoder', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(1_796_450_000_123));
  afterEach(() => jest.restoreAllMocks());

  it('computes CRC-32C as kafkajs does (and the check value of the standard)', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    for (let length = 0; length < 300; length += 7) {
      const bytes = randomBytes(length);
      expect(crc32c(bytes)).toBe(kafkajsCrc32c(bytes));
    }
    const bytes = randomBytes(100);
    expect(crc32c(bytes, 13, 77)).toBe(kafkajsCrc32c(bytes.subarray(13, 77)));
  });

  it('writes the bytes kafkajs writes: idempotent, transactional, ids as Long, number or none', async () => {
    const cases: ProduceArgs[] = [
      request({ producerId: Long.fromValue(4711), producerEpoch: 3 }),
      request({ producerId: 12, producerEpoch: 0, transactionalId: 'tx-ünï' }),
      request({ acks: 1, timeout: 5_000 }),
      request({ producerId: Long.fromValue('9007199254740993'), producerEpoch: 1 }),
    ];
    for (const args of cases) {
      const ours = encodeProduceRequest(args);
      expect(ours).toBeDefined();
      expect(ours!.equals(await kafkajsBytes(args))).toBe(true);
    }
  });

  it('leaves to kafkajs what it does not write: compression, timestamps, odd header values', () => {
    expect(encodeProduceRequest(request({ compression: 1 }))).toBeUndefined();
    const stamped = request();
    stamped.topicData[0].partitions[1].messages = [{ key: 'k', value: 'v', timestamp: '1' }];
    expect(encodeProduceRequest(stamped)).toBeUndefined();
    const odd = request();
    odd.topicData[0].partitions[1].messages = [{ key: 'k', value: 'v', headers: { n: 1 } }];
    expect(encodeProduceRequest(odd)).toBeUndefined();
  });

  it('stands in for kafkajs’ encoder in the Produce versions the broker speaks, with its bytes', async () => {
    useOwnProduceEncoder();
    for (const version of [3, 5, 7]) {
      const args = request({ producerId: Long.fromValue(99), producerEpoch: 2 });
      const { request: built } = produceDefinition.protocol({ version })(args);
      expect(built.apiVersion).toBe(version);
      const encoded = await built.encode();
      expect(encoded.buffer.equals(await kafkajsBytes(args))).toBe(true);
      // Ours, not kafkajs' (whose Encoders grow in powers of two): one buffer of the exact size.
      expect(encoded.buf.length).toBe(encoded.offset);
      // And the whole request, as kafkajs frames it for the socket, is the same.
      const framed = await frame({ correlationId: 41, clientId: 'lead', request: built });
      const theirs = await frame({
        correlationId: 41,
        clientId: 'lead',
        request: { ...built, encode: () => kafkajsProduceV3(args).encode() },
      });
      expect(framed.buffer.equals(theirs.buffer)).toBe(true);
    }
    // What ours leaves alone still goes through kafkajs.
    const stamped = request();
    stamped.topicData[0].partitions[0].messages = [{ key: 'k', value: 'v', timestamp: 5 }];
    const { request: built } = produceDefinition.protocol({ version: 7 })(stamped);
    expect((await built.encode()).buffer.equals(await kafkajsBytes(stamped))).toBe(true);
  });
});
