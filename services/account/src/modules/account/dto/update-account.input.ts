import { Input } from '@salesgraph/service-kit';
import { Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { AccountSegment } from '../account-enums';
import { AccountField } from './account-field';

@InputType({
  description: 'Corrections to an account’s details; fields left out stay as they are.',
})
export class UpdateAccountInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Field(() => Int, {
    description: 'The version you last read: someone else’s change is a CONFLICT.',
  })
  @Min(1)
  expectedVersion: number;

  @AccountField('name', { nullable: true })
  name?: string;

  @AccountField('domain', {
    nullable: true,
    description: 'Stored normalised (lower case, no "www."); one account per domain.',
  })
  domain?: string;

  @AccountField('industry', { nullable: true })
  industry?: string;

  @AccountField('segment', { nullable: true })
  segment?: AccountSegment;
}
