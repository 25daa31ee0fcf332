/**
 * The PostgreSQL channel on which a service database announces committed
 * outbox rows (see the migration OutboxCommitNotify). Channels are per
 * database, so one name serves every service. The payload is empty: the relay
 * reads what is pending, a notification only says "look now".
 */
export const OUTBOX_CHANNEL = 'outbox_message';
