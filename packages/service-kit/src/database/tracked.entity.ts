import { CreateDateColumn, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * The columns every record of the platform has, declared once: the id (a
 * UUID the service assigns, so the event that reports a new record can carry
 * it before the insert), when it was created and last changed, and its
 * version (optimistic locking: mutations take the version last read).
 * Column names come from the snake-case naming strategy.
 */
// @ObjectType() so that subclasses inherit the fields; the type itself is in no
// schema, since nothing returns it.
@ObjectType()
export abstract class TrackedEntity {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, {
    description:
      'Increases with every change; mutations take the version last read (expectedVersion).',
  })
  @VersionColumn()
  version: number;
}
