import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const KeyAccountDesignatedData = z.object({
  accountId: Uuid,
  accountManagerId: UserId,
  previousOwnerId: UserId,
  designatedBy: UserId,
  designatedAt: IsoDateTime,
});
export type KeyAccountDesignatedData = z.infer<typeof KeyAccountDesignatedData>;

export const KeyAccountDesignated = defineEvent({
  type: 'account.KeyAccountDesignated.v1',
  name: 'KeyAccountDesignated',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description: 'A sales manager designated a key account and assigned its account manager.',
  schema: KeyAccountDesignatedData,
  subjectOf: (d) => d.accountId,
});
