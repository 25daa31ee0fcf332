import { InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import type { AccountSegment } from '../account-enums';
import { AccountField } from './account-field';

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

  @Input.id({
    of: 'account',
    nullable: true,
    description: 'The parent company, an account you can see.',
  })
  parentAccountId?: string;

  @Input.userId({
    nullable: true,
    description:
      'The rep who owns it: yourself by default; a manager may name a rep of their team.',
  })
  ownerId?: string;
}
