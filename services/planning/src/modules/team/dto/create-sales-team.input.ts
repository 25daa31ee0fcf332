import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType({
  description:
    'A new sales team. A sales manager creates a team they lead; an admin names its manager.',
})
export class CreateSalesTeamInput {
  @Field()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name: string;

  @Input.userId({
    nullable: true,
    description: 'Required for admins; a sales manager leads the team themselves.',
  })
  managerId?: string;
}
