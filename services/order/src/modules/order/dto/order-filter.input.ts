import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OrderKind, OrderStatus } from '../order-status';

@InputType({ description: 'Narrows a list of orders; every criterion given must hold.' })
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true })
  @IsOptional()
  status?: OrderStatus;

  @Field(() => OrderKind, { nullable: true })
  @IsOptional()
  kind?: OrderKind;

  @Input.id({ nullable: true })
  accountId?: string;

  @Input.id({ nullable: true })
  contractId?: string;
}
