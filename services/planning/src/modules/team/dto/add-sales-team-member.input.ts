import { IsEnum, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SalesTeamRole } from '../sales-team-role';

@InputType({ description: 'Adds a rep or account manager to a team, or changes their role in it.' })
export class AddSalesTeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId: string;

  @Field(() => ID, { description: 'The identity provider’s id of the person.' })
  @Length(1, 200)
  userId: string;

  @Field(() => SalesTeamRole)
  @IsEnum(SalesTeamRole)
  role: SalesTeamRole;
}
