import { randomBytes } from 'node:crypto';
import { decodeFetchResponse, useOwnFetchDecoder } from '../kafka/fetch-decoder';

// kafkajs' internal modules, not typed: required by path below.
interface KafkajsEncoder {
  buffer: Buffer;
  writeInt8(v: number): KafkajsEncoder;
  writeInt16(v: number): KafkajsEncoder;
  writeInt32(v: number): KafkajsEncoder;
  writeInt64(v: unknown): KafkajsEncoder;
  writeString(v: string): KafkajsEncoder;
  writeBuffer(v: Buffer): KafkajsEncoder;
}
const Encoder = require('kafkajs/src/protocol/encoder') as new () => KafkajsEncoder;
const Long = require('kafkajs/src/utils/long') as { fromString(v: string): unknown };
const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: {
  offsetDelta?: number;
  timestampDelta?: number;
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: Record<string, unknown>;
}) => KafkajsEncoder;
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch(batch: {
    compression?: number;
    firstOffset?: unknown;
    firstTimestamp?: number;
    maxTimestamp?: number;
    lastOffsetDelta?: number;
    transactional?: boolean;
    producerId?: unknown;
    producerEpoch?: number;
    firstSequence?: number;
    records: KafkajsEncoder[];
  }): Promise<KafkajsEncoder>;
};
const kafkajsFetchV11 = require('kafkajs/src/protocol/requests/fetch/v11/response') as {
  decode(raw: Buffer): Promise<unknown>;
};
const fetchDefinition = require('kafkajs/src/protocol/requests/fetch') as {
  protocol(o: { version: number }): (args: object) => {
    response: { decode(raw: Buffer): Promise<unknown>; parse(d: unknown): Promise<unknown> };
  };
};

const GZIP = 1;
/** Where a record batch's attributes sit in kafkajs' encoding of it (after offset, length, epoch, magic, CRC). */
const ATTRIBUTES_LOW_BYTE = 8 + 4 + 4 + 1 + 4 + 1;

const CLOUD_EVENT_HEADERS = {
  ce_specversion: '1.0',
  ce_id: 'f5a0c1de-7d1e-4a53-9b52-0c6a4d0f1e2a',
  ce_type: 'lead.LeadCaptured.v1',
  ce_source: 'salesgraph/lead',
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  'content-type': 'application/json',
};

function records(count: number, start = 0) {
  const variants = (n: number) =>
    [
      {
        key: `lead-${n}`,
        value: JSON.stringify({ n, text: 'é'.repeat(n) }),
        headers: CLOUD_EVENT_HEADERS,
      },
      { key: null, value: `no key ${n}`, headers: { many: ['a', 'b', 'ç'], one: 'x' } },
      { key: randomBytes(n % 17), value: null, headers: { bin: randomBytes(9) } },
      { key: 'k', value: 'x'.repeat(70_000), headers: {} },
      { key: 'Ünïcödé ✓', value: randomBytes(300), headers: { 'ünï ✓': 'v' } },
    ][n % 5];
  return Array.from({ length: count }, (_, i) =>
    Record({ offsetDelta: i, timestampDelta: (i % 3) - 1, ...variants(start + i) }),
  );
}

interface Partition {
  partition: number;
  errorCode?: number;
  highWatermark?: string;
  aborted?: Array<[string, string]>;
  recordSet: Buffer | null;
  /** The size written before the record set, when it should not be its length. */
  size?: number;
}

function fetchResponse(topics: Array<{ topic: string; partitions: Partition[] }>): Buffer {
  const out = new Encoder().writeInt32(0).writeInt16(0).writeInt32(1234);
  out.writeInt32(topics.length);
  for (const { topic, partitions } of topics) {
    out.writeString(topic).writeInt32(partitions.length);
    for (const p of partitions) {
      out
        .writeInt32(p.partition)
        .writeInt16(p.errorCode ?? 0)
        .writeInt64(Long.fromString(p.highWatermark ?? '10'))
        .writeInt64(Long.fromString(p.highWatermark ?? '10'))
        .writeInt64(0)
        .writeInt32(p.aborted?.length ?? -1);
      for (const [producerId, first] of p.aborted ?? [])
        out.writeInt64(Long.fromString(producerId)).writeInt64(Long.fromString(first));
      out.writeInt32(-1); // preferred read replica
      const set = p.recordSet ?? Buffer.alloc(0);
      out.writeInt32(p.size ?? set.length).writeBuffer(set);
    }
  }
  return out.buffer;
}

async function batch(options: {
  firstOffset: string;
  count: number;
  attributes?: number;
  compression?: number;
  transactional?: boolean;
}): Promise<Buffer> {
  const encoded = await RecordBatch({
    compression: options.compression,
    firstOffset: Long.fromString(options.firstOffset),
    firstTimestamp: 1_764_900_000_000,
    maxTimestamp: 1_764_900_000_999,
    lastOffsetDelta: options.count - 1,
    transactional: options.transactional,
    producerId: Long.fromString('4001'),
    producerEpoch: 3,
    firstSequence: 17,
    records: records(options.count, Number(options.firstOffset) % 7),
  });
  const bytes = Buffer.from(encoded.buffer);
  // Attributes kafkajs' encoder never sets (a control batch, the broker's timestamps); CRCs are not checked.
  bytes[ATTRIBUTES_LOW_BYTE] |= options.attributes ?? 0;
  return bytes;
}

async function bothDecoders(raw: Buffer) {
  return { ours: decodeFetchResponse(raw), kafkajs: await kafkajsFetchV11.decode(raw) };
}

describe('our fetch response decoder', () => {
  it('reads what kafkajs reads: topics, partitions, batches, keys, values and headers', async () => {
    const raw = fetchResponse([
      {
        topic: 'salesgraph.lead',
        partitions: [
          {
            partition: 0,
            recordSet: Buffer.concat([
              await batch({ firstOffset: '0', count: 7 }),
              await batch({ firstOffset: '7', count: 3, transactional: true }),
            ]),
          },
          { partition: 1, errorCode: 1, recordSet: null },
          {
            partition: 2,
            aborted: [['4001', '12']],
            recordSet: await batch({ firstOffset: '4294967300', count: 5 }),
          },
        ],
      },
      {
        topic: 'salesgraph.privacy.subject-keys',
        partitions: [{ partition: 0, recordSet: null, size: -1 }],
      },
    ]);
    const { ours, kafkajs } = await bothDecoders(raw);
    expect(ours).toBeDefined();
    expect(ours).toEqual(kafkajs);
    const first = ours!.responses[0].partitions[0].messages;
    expect(first.map((m) => m.offset)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(first[0].headers.ce_type).toEqual(Buffer.from('lead.LeadCaptured.v1'));
    expect(first[1].headers.many).toEqual([Buffer.from('a'), Buffer.from('b'), Buffer.from('ç')]);
  });

  it('reads control batches and the broker’s timestamps as kafkajs does', async () => {
    const raw = fetchResponse([
      {
        topic: 't',
        partitions: [
          {
            partition: 0,
            recordSet: Buffer.concat([
              await batch({ firstOffset: '20', count: 2, attributes: 0x20 }),
              await batch({ firstOffset: '22', count: 4, attributes: 0x08 }),
            ]),
          },
        ],
      },
    ]);
    const { ours, kafkajs } = await bothDecoders(raw);
    expect(ours).toBeDefined();
    expect(ours).toEqual(kafkajs);
    const [control, , appended] = ours!.responses[0].partitions[0].messages;
    expect(control.isControlRecord).toBe(true);
    expect(appended.timestamp).toBe('1764900000999');
  });

  it('leaves out a last batch cut short by the fetch size, as kafkajs does', async () => {
    const whole = Buffer.concat([
      await batch({ firstOffset: '0', count: 4 }),
      await batch({ firstOffset: '4', count: 4 }),
    ]);
    for (const cut of [1, 60, 75_000]) {
      const raw = fetchResponse([
        {
          topic: 't',
          partitions: [{ partition: 0, recordSet: whole.subarray(0, whole.length - cut) }],
        },
      ]);
      const { ours, kafkajs } = await bothDecoders(raw);
      expect(ours).toBeDefined();
      expect(ours).toEqual(kafkajs);
    }
  });

  it('leaves to kafkajs what it does not read: compression, huge offsets, odd header names, bad bytes', async () => {
    const oddBatch = await RecordBatch({
      records: [Record({ key: 'k', value: 'v', headers: { constructor: 'x', toString: 'y' } })],
    });
    const cases = [
      await batch({ firstOffset: '0', count: 5, compression: GZIP }),
      await batch({ firstOffset: '9007199254740993', count: 3 }),
      Buffer.from(oddBatch.buffer),
    ];
    for (const recordSet of cases) {
      const raw = fetchResponse([{ topic: 't', partitions: [{ partition: 0, recordSet }] }]);
      expect(decodeFetchResponse(raw)).toBeUndefined();
      const installed = await decodeAsInstalled(raw);
      expect(installed).toEqual(await kafkajsFetchV11.decode(raw));
    }
    const truncated = fetchResponse([
      {
        topic: 't',
        partitions: [{ partition: 0, recordSet: await batch({ firstOffset: '0', count: 2 }) }],
      },
    ]).subarray(0, 40);
    expect(decodeFetchResponse(truncated)).toBeUndefined();
    await expect(kafkajsFetchV11.decode(truncated)).rejects.toThrow();
  });

  it('stands in for kafkajs’ decoder in Fetch version 11 only, and parses as kafkajs does', async () => {
    const raw = fetchResponse([
      {
        topic: 't',
        partitions: [{ partition: 0, recordSet: await batch({ firstOffset: '3', count: 6 }) }],
      },
    ]);
    useOwnFetchDecoder();
    const v11 = fetchDefinition.protocol({ version: 11 })(fetchArgs()).response;
    const decoded = await v11.decode(raw);
    expect(decoded).toEqual(await kafkajsFetchV11.decode(raw));
    expect(await v11.parse(decoded)).toEqual(decoded);
    const v10 = fetchDefinition.protocol({ version: 10 })(fetchArgs()).response;
    // kafkajs' own, untouched.
    expect(v10.decode).toBe(require('kafkajs/src/protocol/requests/fetch/v10/response').decode);
  });
});

function fetchArgs() {
  return { maxWaitTime: 100, minBytes: 1, maxBytes: 1 << 20, topics: [] };
}

async function decodeAsInstalled(raw: Buffer): Promise<unknown> {
  useOwnFetchDecoder();
  return fetchDefinition.protocol({ version: 11 })(fetchArgs()).response.decode(raw);
}
