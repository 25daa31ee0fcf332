import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Directive, Field, ID, ObjectType } from 'type-graphql';

@ArgsType()
export class PersonSubjectArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The person’s e-mail address (any case).',
  })
  email?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Ids of the person’s records (a lead, a contact), e.g. the `subjects` and `related` of an export.',
  })
  ids?: string[] | null;
}

/** One subgraph's answer for a person: shared by every subgraph (hence @shareable). */
@Directive('@shareable')
@ObjectType({
  description:
    'What one service holds about a person (an export) or erased of them (an erasure); the request is recorded without their data.',
})
export class PersonalDataPart {
  @Field({ description: 'The service that answered.' })
  service: string;

  @Field(() => ID, { description: 'This service’s record of the request.' })
  requestId: string;

  @Field(() => [String], { description: 'The person’s records here (leads, contacts).' })
  subjects: string[];

  @Field(() => [String], {
    description: 'The same person’s records in other services, as this one knows them.',
  })
  related: string[];

  @Field(() => GraphQLJSONObject, {
    description: 'Export: the rows per kind of record. Erasure: how many were anonymised.',
  })
  records: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'Export: each record’s history. Erasure: empty.',
  })
  history: Record<string, unknown>;
}
