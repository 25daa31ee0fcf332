import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { RelationshipActionStatus } from '../relationship-action-status';

@InputType({
  description:
    'Changes an action; what you leave out stays. The action’s owner may change its status only.',
})
export class UpdateRelationshipActionInput {
  @Input.id()
  actionId: string;

  @Field(() => RelationshipActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RelationshipActionStatus)
  status?: RelationshipActionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description?: string;

  @Input.userId({ nullable: true })
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date such as "2026-03-31"' })
  dueDate?: string;
}
