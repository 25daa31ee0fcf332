import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { AccountSegment } from '../account-enums';
import { AccountField } from './account-field';
import { AccountIdField } from './account-id.field';

@InputType({
  description: 'A standard account created by hand; key accounts are designated later.',
})
export class CreateAccountInput {
  @AccountField('name')
  name: string;

  @AccountField('domain', {
    nullable: true,
    description: 'The company’s web domain, e.g. acme.example',
  })
  domain?: string;

  @AccountField('industry', { nullable: true })
  industry?: string;

  @AccountField('segment')
  segment: AccountSegment;

  @AccountIdField({ nullable: true, description: 'The parent company, an account you can see.' })
  parentAccountId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The rep who owns it: yourself by default; a manager may name a rep of their team.',
  })
  @IsOptional()
  @Length(1, 200)
  ownerId?: string;
}
