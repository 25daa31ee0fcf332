export * from './logger';
export * from './kafka/message';
export * from './kafka/kafkajs-broker';
export * from './kafka/topic-admin';
export { partitionOfKey } from './kafka/key-partitioner';
export { consumedCuts, type TruncatedPartition } from './kafka/consumed-records';
export { consumerLagOf, messageCountsOf } from './kafka/consumer-offsets';
export * from './topic-namespace';
export * from './outbox/outbox-message.entity';
export * from './outbox/outbox';
export * from './outbox/outbox-relay';
export * from './outbox/outbox-channel';
export * from './notify/commit-listener';
export * from './notify/commit-cleared-cache';
export * from './outbox/parked-outbox';
export * from './outbox/outbox-backlog';
export * from './outbox/broker-refusal';
export * from './inbox/inbox-message.entity';
export * from './consumer/backoff';
export * from './consumer/dead-letter';
export * from './dead-letters/dead-letter-admin';
export * from './dead-letters/dead-letter-erasure';
export * from './consumer/event-handler';
export * from './consumer/event-subscriber';
export * from './consumer/shared-consumer';
export * from './consumer/rejected-event.error';
export * from './consumer/transient-error';
export * from './audit-history';
export * from './privacy/personal-data-cipher';
export * from './privacy/subject-keys';
export * from './privacy/subject-key-listener';
export * from './privacy/clear-outbox-sealing';
export * from './observability/messaging-observer';
export * from './observability/event-tracing';
export { MessagingTables1764000000000 } from './migrations/1764000000000-messaging-tables';
export { OutboxOrderAndParking1766000000000 } from './migrations/1766000000000-outbox-order-and-parking';
export { PrivacySubjectKeys1767050000000 } from './migrations/1767050000000-privacy-subject-keys';
export { OutboxCommitNotify1768400000000 } from './migrations/1768400000000-outbox-commit-notify';
export { OutboxPositionAtInsert1796400000000 } from './migrations/1796400000000-outbox-position-at-insert';
export { OutboxParkedIndex1796500000000 } from './migrations/1796500000000-outbox-parked-index';
export { OutboxPendingQueue1797100000000 } from './migrations/1797100000000-outbox-pending-queue';

import { InboxMessage } from './inbox/inbox-message.entity';
import { MessagingTables1764000000000 } from './migrations/1764000000000-messaging-tables';
import { OutboxOrderAndParking1766000000000 } from './migrations/1766000000000-outbox-order-and-parking';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { PrivacySubjectKeys1767050000000 } from './migrations/1767050000000-privacy-subject-keys';
import { OutboxCommitNotify1768400000000 } from './migrations/1768400000000-outbox-commit-notify';
import { OutboxPositionAtInsert1796400000000 } from './migrations/1796400000000-outbox-position-at-insert';
import { OutboxParkedIndex1796500000000 } from './migrations/1796500000000-outbox-parked-index';
import { OutboxPendingQueue1797100000000 } from './migrations/1797100000000-outbox-pending-queue';

/** Entities and migrations every service database includes. */
export const messagingEntities = [OutboxMessage, InboxMessage];
export const messagingMigrations = [
  MessagingTables1764000000000,
  OutboxOrderAndParking1766000000000,
  PrivacySubjectKeys1767050000000,
  OutboxCommitNotify1768400000000,
  OutboxPositionAtInsert1796400000000,
  OutboxParkedIndex1796500000000,
  OutboxPendingQueue1797100000000,
];
