import { IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { SalesTeamRole } from '../sales-team-role';

@InputType({ description: 'Adds a rep or account manager to a team, or changes their role in it.' })
export class AddSalesTeamMemberInput {
  @Input.id()
  teamId: string;

  @Input.userId({ description: 'The identity provider’s id of the person.' })
  userId: string;

  @Field(() => SalesTeamRole)
  @IsEnum(SalesTeamRole)
  role: SalesTeamRole;
}
