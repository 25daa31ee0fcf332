import { Field, Int, ObjectType } from 'type-graphql';
import { BuyingRole } from '../contact/buying-role';
import { ColdContact } from './cold-contact.type';

@ObjectType({
  description:
    "Coverage of the customer's buying centre: roles without a contact, important contacts gone cold.",
})
export class BuyingCentreCoverage {
  @Field({ description: 'Coverage weighs on health only for key accounts.' })
  keyAccount: boolean;

  @Field(() => Int)
  coldAfterDays: number;

  @Field(() => Int)
  minInfluence: number;

  @Field(() => [BuyingRole])
  coveredRoles: BuyingRole[];

  @Field(() => [BuyingRole])
  missingRoles: BuyingRole[];

  @Field(() => [ColdContact])
  coldContacts: ColdContact[];

  @Field({ description: 'No role missing and no important contact cold.' })
  complete: boolean;
}
