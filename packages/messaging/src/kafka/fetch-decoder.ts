/**
 * Fetch responses (version 11, record batches without compression) read in
 * one pass, into exactly the objects kafkajs 2.2.4 builds. kafkajs gives every
 * record a Decoder of its own, adds 64-bit offsets and timestamps through its
 * Long emulation and back into text, and gathers a record's headers by
 * spreading the object built so far once per header: every consumer of the
 * platform reads each event of its topics so (the lead topic carries four a
 * new lead, and four services read it), and in the event-path benchmark this
 * decoding took a fifth of a consuming service's CPU (issue 17).
 *
 * Whatever this does not read (compressed batches, the message sets before
 * record batches, header names an object literal treats specially, anything
 * malformed) goes to kafkajs' decoder, which answers as it always did. kafkajs
 * is pinned (package-lock): `fetch-decoder.spec.ts` compares both decoders'
 * results and fails when an upgrade changes kafkajs' side.
 */

/** The context kafkajs gives every record of a batch (one object per batch). */
export interface RecordBatchContext {
  firstOffset: string;
  firstTimestamp: string;
  partitionLeaderEpoch: number;
  inTransaction: boolean;
  isControlBatch: boolean;
  lastOffsetDelta: number;
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  maxTimestamp: string;
  timestampType: number;
  magicByte: number;
}

export interface FetchedRecord {
  magicByte: number;
  attributes: number;
  timestamp: string;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | null | Array<Buffer | null>>;
  isControlRecord: boolean;
  batchContext: RecordBatchContext;
}

export interface FetchedPartition {
  partition: number;
  errorCode: number;
  highWatermark: string;
  lastStableOffset: string;
  lastStartOffset: string;
  abortedTransactions: Array<{ producerId: string; firstOffset: string }>;
  preferredReadReplica: number;
  messages: FetchedRecord[];
}

export interface FetchResponse {
  throttleTime: number;
  clientSideThrottleTime: number;
  errorCode: number;
  sessionId: number;
  responses: Array<{ topicName: string | null; partitions: FetchedPartition[] }>;
}

const RECORD_BATCH_MAGIC = 2;
/** Where a batch's magic byte sits, and the least a batch takes: kafkajs' constants. */
const MAGIC_OFFSET = 16;
const RECORD_BATCH_OVERHEAD = 49;
const COMPRESSION_CODEC_MASK = 0x07;
const TIMESTAMP_TYPE_FLAG_MASK = 0x08;
const TRANSACTIONAL_FLAG_MASK = 0x10;
const CONTROL_FLAG_MASK = 0x20;
/** kafkajs' TimestampTypes. */
const CREATE_TIME = 0;
const LOG_APPEND_TIME = 1;

/** Thrown for anything this decoder leaves to kafkajs. */
class NotOurs extends Error {}

class Reader {
  constructor(
    readonly buf: Buffer,
    public at: number,
    public end: number,
  ) {}

  need(bytes: number): void {
    if (bytes < 0 || this.at + bytes > this.end) throw new NotOurs();
  }

  int8(): number {
    this.need(1);
    return this.buf.readInt8(this.at++);
  }

  int16(): number {
    this.need(2);
    const value = this.buf.readInt16BE(this.at);
    this.at += 2;
    return value;
  }

  int32(): number {
    this.need(4);
    const value = this.buf.readInt32BE(this.at);
    this.at += 4;
    return value;
  }

  /** A signed 64-bit value as decimal text, as kafkajs' `readInt64().toString()`. */
  int64Text(): string {
    this.need(8);
    const high = this.buf.readInt32BE(this.at);
    const low = this.buf.readUInt32BE(this.at + 4);
    this.at += 8;
    // Within ±2^21 high words the value is a safe integer: no BigInt needed.
    if (high >= -0x200000 && high < 0x200000) return String(high * 0x100000000 + low);
    return this.buf.readBigInt64BE(this.at - 8).toString();
  }

  /** A zigzag varint of at most 32 bits (kafkajs' `readVarInt`). */
  varInt(): number {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      if (this.at >= this.end || shift > 28) throw new NotOurs();
      byte = this.buf[this.at++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte >= 0x80);
    return (result >>> 1) ^ -(result & 1);
  }

  /** A zigzag varlong, as a number when it is a safe integer (seven bytes), else NotOurs. */
  varLong(): number {
    let result = 0;
    let scale = 1;
    let byte: number;
    let bytes = 0;
    do {
      if (this.at >= this.end || bytes === 7) throw new NotOurs();
      byte = this.buf[this.at++];
      result += (byte & 0x7f) * scale;
      scale *= 128;
      bytes += 1;
    } while (byte >= 0x80);
    return result % 2 === 1 ? -(result + 1) / 2 : result / 2;
  }

  /** Bytes after a zigzag varint length, null for -1: a view, as kafkajs' `slice`. */
  varBytes(): Buffer | null {
    const length = this.varInt();
    if (length === -1) return null;
    this.need(length);
    const bytes = this.buf.subarray(this.at, this.at + length);
    this.at += length;
    return bytes;
  }

  text(): string | null {
    const length = this.int16();
    if (length === -1) return null;
    this.need(length);
    const text = this.buf.toString('utf8', this.at, this.at + length);
    this.at += length;
    return text;
  }

  /** An int32 count, -1 for none (kafkajs' `readArray`). */
  count(): number {
    const count = this.int32();
    if (count === -1) return 0;
    if (count < 0) throw new NotOurs();
    return count;
  }
}

/**
 * A Fetch (version 11) response's body as kafkajs' `decode` gives it, or
 * undefined when kafkajs has to read it.
 */
export function decodeFetchResponse(raw: Buffer): FetchResponse | undefined {
  try {
    return decodeResponse(new Reader(raw, 0, raw.length));
  } catch (error) {
    if (error instanceof NotOurs || error instanceof RangeError) return undefined;
    throw error;
  }
}

function decodeResponse(r: Reader): FetchResponse {
  const clientSideThrottleTime = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const responses: FetchResponse['responses'] = [];
  for (let t = r.count(); t > 0; t--) {
    const topicName = r.text();
    const partitions: FetchedPartition[] = [];
    for (let p = r.count(); p > 0; p--) partitions.push(decodePartition(r));
    responses.push({ topicName, partitions });
  }
  return { throttleTime: 0, clientSideThrottleTime, errorCode, sessionId, responses };
}

function decodePartition(r: Reader): FetchedPartition {
  const partition = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64Text();
  const lastStableOffset = r.int64Text();
  const lastStartOffset = r.int64Text();
  const abortedTransactions: FetchedPartition['abortedTransactions'] = [];
  for (let a = r.count(); a > 0; a--)
    abortedTransactions.push({ producerId: r.int64Text(), firstOffset: r.int64Text() });
  const preferredReadReplica = r.int32();
  return {
    partition,
    errorCode,
    highWatermark,
    lastStableOffset,
    lastStartOffset,
    abortedTransactions,
    preferredReadReplica,
    messages: decodeRecordSet(r),
  };
}

/** kafkajs' `decodeMessages`: the record batches of one partition, a partial last one left out. */
function decodeRecordSet(r: Reader): FetchedRecord[] {
  const size = r.int32();
  if (size <= 0) return [];
  // kafkajs then answers [] without moving on: the rest of the response reads differently.
  r.need(size);
  const end = r.at + size;
  const set = new Reader(r.buf, r.at, end);
  r.at = end;
  set.need(MAGIC_OFFSET + 1);
  if (set.buf.readInt8(set.at + MAGIC_OFFSET) !== RECORD_BATCH_MAGIC) throw new NotOurs();
  const records: FetchedRecord[] = [];
  while (set.end - set.at >= RECORD_BATCH_OVERHEAD) {
    const firstOffset = set.int64Text();
    const length = set.int32();
    // Cut short by the fetch's byte limit: kafkajs stops at it (KafkaJSPartialMessageError).
    if (length > set.end - set.at) break;
    if (length < 0) throw new NotOurs();
    const batch = new Reader(set.buf, set.at, set.at + length);
    set.at += length;
    decodeBatch(batch, firstOffset, records);
  }
  return records;
}

function decodeBatch(r: Reader, firstOffset: string, records: FetchedRecord[]): void {
  const partitionLeaderEpoch = r.int32();
  const magicByte = r.int8();
  r.int32(); // CRC, which kafkajs does not check either
  const attributes = r.int16();
  if ((attributes & COMPRESSION_CODEC_MASK) !== 0) throw new NotOurs();
  const lastOffsetDelta = r.int32();
  const firstTimestamp = r.int64Text();
  const maxTimestamp = r.int64Text();
  const producerId = r.int64Text();
  const producerEpoch = r.int16();
  const firstSequence = r.int32();
  const isControlBatch = (attributes & CONTROL_FLAG_MASK) > 0;
  const timestampType = (attributes & TIMESTAMP_TYPE_FLAG_MASK) > 0 ? LOG_APPEND_TIME : CREATE_TIME;
  const context: RecordBatchContext = {
    firstOffset,
    firstTimestamp,
    partitionLeaderEpoch,
    inTransaction: (attributes & TRANSACTIONAL_FLAG_MASK) > 0,
    isControlBatch,
    lastOffsetDelta,
    producerId,
    producerEpoch,
    firstSequence,
    maxTimestamp,
    timestampType,
    magicByte,
  };
  const baseOffset = Number(firstOffset);
  const baseTimestamp = Number(firstTimestamp);
  // Added as numbers, exact below 2^52 with a delta of at most 2^48 (Long's text is the same).
  if (Math.abs(baseOffset) >= 2 ** 52 || Math.abs(baseTimestamp) >= 2 ** 52) throw new NotOurs();
  const batchEnd = r.end;
  for (let n = r.count(); n > 0; n--) {
    const length = r.varInt();
    r.need(length);
    const next = r.at + length;
    // The record's own bytes only, as kafkajs' Decoder of each record sees them.
    r.end = next;
    const recordAttributes = r.int8();
    const timestampDelta = r.varLong();
    const offsetDelta = r.varInt();
    const key = r.varBytes();
    const value = r.varBytes();
    const headers = decodeHeaders(r);
    r.at = next;
    r.end = batchEnd;
    records.push({
      magicByte,
      attributes: recordAttributes,
      timestamp:
        timestampType === LOG_APPEND_TIME ? maxTimestamp : String(baseTimestamp + timestampDelta),
      offset: String(baseOffset + offsetDelta),
      key,
      value,
      headers,
      isControlRecord: isControlBatch,
      batchContext: context,
    });
  }
}

/** A record's headers as kafkajs gathers them: a repeated name's values in an array. */
function decodeHeaders(r: Reader): FetchedRecord['headers'] {
  const headers: FetchedRecord['headers'] = {};
  const count = r.varInt();
  if (count < -1) throw new NotOurs();
  for (let h = 0; h < count; h++) {
    const name = headerName(r, h);
    const value = r.varBytes();
    const before = headers[name];
    headers[name] =
      before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return headers;
}

/**
 * The names last read at each header position: events of a topic carry the same headers in the
 * same order, so a name is compared byte for byte and its string used again. A fresh string per
 * record made each a new property key to look up, most of this decoder's time.
 */
const namesAt: Array<{ bytes: Buffer; name: string } | undefined> = [];

function headerName(r: Reader, position: number): string {
  const length = r.varInt();
  if (length === -1) return 'null'; // kafkajs' key: the null it read
  r.need(length);
  const { buf, at } = r;
  r.at += length;
  const known = namesAt[position];
  if (known && known.bytes.length === length) {
    let same = true;
    for (let i = 0; i < length && same; i++) same = known.bytes[i] === buf[at + i];
    if (same) return known.name;
  }
  const name = buf.toString('utf8', at, at + length);
  // kafkajs builds the object by spreading it with `[name]: value`: a name Object.prototype
  // has (`__proto__`, `toString`) behaves otherwise under plain assignment.
  if (name in Object.prototype) throw new NotOurs();
  if (position < 32)
    namesAt[position] = { bytes: Buffer.from(buf.subarray(at, at + length)), name };
  return name;
}

interface KafkajsFetchResponse {
  decode(raw: Buffer): Promise<unknown>;
  parse(decoded: unknown): Promise<unknown>;
}
type KafkajsFetchRequest = { response: KafkajsFetchResponse };
type FetchDefinition = {
  protocol: (options: { version: number }) => (args: unknown) => KafkajsFetchRequest;
};

let installed = false;

/** Puts `decodeFetchResponse` in front of kafkajs' decoder for Fetch version 11. */
export function useOwnFetchDecoder(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module, not typed
  const fetch = require('kafkajs/src/protocol/requests/fetch') as FetchDefinition;
  const kafkajsProtocol = fetch.protocol;
  fetch.protocol = ({ version }) => {
    const build = kafkajsProtocol({ version });
    if (version !== 11) return build;
    return (args) => {
      const built = build(args);
      const kafkajs = built.response;
      const decode = async (raw: Buffer) => decodeFetchResponse(raw) ?? kafkajs.decode(raw);
      return { ...built, response: { ...kafkajs, decode } };
    };
  };
}
