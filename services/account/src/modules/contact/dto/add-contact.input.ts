import { InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import type { BuyingRole } from '../buying-role';
import { ContactField } from './contact-field';

@InputType({ description: 'A person at a customer account.' })
export class AddContactInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @ContactField('name')
  name: string;

  @ContactField('title', { nullable: true })
  title?: string;

  @ContactField('email', { nullable: true })
  email?: string;

  @ContactField('phone', { nullable: true })
  phone?: string;

  @ContactField('buyingRole')
  buyingRole: BuyingRole;

  @ContactField('influence', { description: '1 (little) to 5 (decisive).' })
  influence: number;

  @ContactField('relationshipStrength', {
    defaultValue: 1,
    description: '1 (none yet) to 5 (trusted).',
  })
  relationshipStrength: number = 1;

  @ContactField('lastInteractionAt', {
    nullable: true,
    description: 'The last time we spoke, if known.',
  })
  lastInteractionAt?: Date;
}
