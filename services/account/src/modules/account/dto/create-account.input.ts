import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { AccountSegment } from '../account-enums';

@InputType({
  description: 'A standard account created by hand; key accounts are designated later.',
})
export class CreateAccountInput {
  @Field()
  @Length(1, 300, { message: 'name must be 1 to 300 characters' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The company’s web domain, e.g. acme.example',
  })
  @IsOptional()
  @Matches(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i, {
    message: 'domain must be a domain name such as acme.example',
  })
  domain?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'industry must be 1 to 100 characters' })
  industry?: string;

  @Field(() => AccountSegment)
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
