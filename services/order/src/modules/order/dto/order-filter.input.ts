import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrderKind, OrderStatus } from '../order-status';

@InputType({ description: 'Narrows a list of orders; every criterion given must hold.' })
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true })
  @IsOptional()
  status?: OrderStatus;

  @Field(() => OrderKind, { nullable: true })
  @IsOptional()
  kind?: OrderKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId?: string;
}
