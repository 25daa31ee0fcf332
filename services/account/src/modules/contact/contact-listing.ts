import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import {
  graphqlEnum,
  ListArgsOf,
  ListOf,
  type EnumValue,
  type ListSpec,
} from '@salesgraph/service-kit';
import { ArgsType, Field, ID } from 'type-graphql';
import { BuyingRole } from './buying-role';
import { Contact } from './contact.entity';

export const ContactSortField = graphqlEnum(
  'ContactSortField',
  ['NAME', 'INFLUENCE', 'LAST_INTERACTION_AT', 'UPDATED_AT'] as const,
  { description: 'What a list of contacts is sorted by.' },
);
export type ContactSortField = EnumValue<typeof ContactSortField>;

/** Searched in the columns of the trigram index ix_contact_search (migration 1764200000900). */
export const contactListing: ListSpec<ContactSortField> = {
  alias: 'c',
  searchColumns: ['name', 'email', 'title'],
  sortBy: {
    NAME: 'lower(c.name)',
    INFLUENCE: 'c.influence',
    LAST_INTERACTION_AT: 'c.lastInteractionAt',
    UPDATED_AT: 'c.updatedAt',
  },
};

@ArgsType()
export class ContactListArgs extends ListArgsOf(ContactSortField, 'NAME', 'ASC') {
  @Field(() => ID, { nullable: true, description: 'Only the contacts of this account.' })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id (UUID)' })
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

export const ContactList = ListOf(Contact, 'ContactList');
