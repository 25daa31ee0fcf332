import { Input, defineListing } from '@salesgraph/service-kit';
import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { BuyingRole } from './buying-role';
import { Contact } from './contact.entity';

/** Searched in the columns of the trigram index ix_contact_search (migration 1764200000900). */
export const contactListing = defineListing({
  name: 'Contact',
  what: 'contacts',
  item: Contact,
  alias: 'c',
  searchColumns: ['name', 'email', 'title'],
  sortBy: {
    NAME: 'lower(c.name)',
    INFLUENCE: 'c.influence',
    LAST_INTERACTION_AT: 'c.lastInteractionAt',
    UPDATED_AT: 'c.updatedAt',
  },
  defaultSort: 'NAME',
  defaultDirection: 'ASC',
});

@ArgsType()
export class ContactListArgs extends contactListing.Args {
  @Input.id({ of: 'account', nullable: true, description: 'Only the contacts of this account.' })
  accountId?: string;

  @Field(() => BuyingRole, { nullable: true })
  @IsOptional()
  @IsEnum(BuyingRole)
  buyingRole?: BuyingRole;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also those who left their company.',
  })
  includeInactive: boolean = false;
}
