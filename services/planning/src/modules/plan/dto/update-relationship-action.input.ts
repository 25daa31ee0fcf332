import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RelationshipActionStatus } from '../relationship-action-status';

@InputType({
  description:
    'Changes an action; what you leave out stays. The action’s owner may change its status only.',
})
export class UpdateRelationshipActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be a UUID' })
  actionId: string;

  @Field(() => RelationshipActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RelationshipActionStatus)
  status?: RelationshipActionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date such as "2026-03-31"' })
  dueDate?: string;
}
