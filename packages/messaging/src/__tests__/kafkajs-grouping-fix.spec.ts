// kafkajs' own grouping, loaded before the fix takes its place in the module cache.
const kafkajsGrouping = require('kafkajs/src/producer/groupMessagesPerPartition');
const {
  groupMessagesPerPartition,
  kafkajsGroupingFixed,
} = require('../kafka/kafkajs-grouping-fix');
require('../kafka/kafkajs');

interface Message {
  key: string;
  value: string;
}

const partitionMetadata = [{ partitionId: 0 }, { partitionId: 1 }, { partitionId: 2 }];
const byKey = ({ message }: { message: Message }) => Number(message.key) % 3;
const messages: Message[] = Array.from({ length: 100 }, (_, i) => ({
  key: String((i * 7) % 11),
  value: `m${i}`,
}));

describe("kafkajs' producer grouping", () => {
  it('is ours once kafkajs is loaded through ./kafkajs', () => {
    expect(kafkajsGroupingFixed).toBe(true);
    // sendMessages takes the function from the cache when it loads, which ./kafkajs made it do.
    expect(require.cache[require.resolve('kafkajs/src/producer/sendMessages')]).toBeDefined();
    expect(require('kafkajs/src/producer/groupMessagesPerPartition')).toBe(
      groupMessagesPerPartition,
    );
    expect(groupMessagesPerPartition).not.toBe(kafkajsGrouping);
  });

  it("groups as kafkajs' own does: by partition, each in the order given", () => {
    const args = { topic: 't', partitionMetadata, messages, partitioner: byKey };
    const ours = groupMessagesPerPartition(args);
    expect(ours).toEqual(kafkajsGrouping(args));
    expect(Object.keys(ours)).toEqual(['0', '1', '2']);
    expect(ours[1].map((m: Message) => m.value).slice(0, 3)).toEqual(['m1', 'm3', 'm8']);
  });

  it('answers nothing for a topic without partition metadata, as kafkajs does', () => {
    const args = { topic: 't', partitionMetadata: [], messages, partitioner: byKey };
    expect(groupMessagesPerPartition(args)).toEqual({});
    expect(kafkajsGrouping(args)).toEqual({});
  });
});
