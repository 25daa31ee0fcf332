import { InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import type { BuyingRole } from '../buying-role';
import { ContactField } from './contact-field';

@InputType({ description: 'Changes to a contact; fields left out stay as they are.' })
export class UpdateContactInput {
  @Input.id({ of: 'contact' })
  id: string;

  @ContactField('name', { nullable: true })
  name?: string;

  @ContactField('title', { nullable: true })
  title?: string;

  @ContactField('email', { nullable: true })
  email?: string;

  @ContactField('phone', { nullable: true })
  phone?: string;

  @ContactField('buyingRole', { nullable: true })
  buyingRole?: BuyingRole;

  @ContactField('influence', { nullable: true })
  influence?: number;

  @ContactField('relationshipStrength', { nullable: true })
  relationshipStrength?: number;
}
