import { Field, Int, ObjectType } from 'type-graphql';
import { Contact } from '../contact/contact.entity';

@ObjectType({ description: 'An important contact we have not spoken to for too long.' })
export class ColdContact {
  @Field(() => Contact)
  contact: Contact;

  @Field(() => Int, { nullable: true, description: 'null when no interaction was ever recorded.' })
  daysSinceInteraction: number | null;
}
