import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { PersonalDataPart, PersonSubjectArgs } from './personal-data.type';
import type { PrivacyDesk } from './privacy-desk';

/**
 * A service's part of a person's export and erasure, for admins:
 * `<service>PersonalData` and `erase<Service>PersonalData`. Each subgraph
 * answers for its own database; `npm run privacy` asks every one of them
 * through the gateway and merges the answers into one document.
 */
export function createPrivacyResolver(service: string) {
  const title = service.charAt(0).toUpperCase() + service.slice(1);

  @Resolver()
  class PrivacyResolver {
    constructor(readonly desk: PrivacyDesk) {}

    @Authorized('ADMIN')
    @Query(() => PersonalDataPart, {
      name: `${service}PersonalData`,
      description: `Everything the ${service} service holds about a person, with its history (admins; recorded).`,
    })
    personalData(
      @Args() subject: PersonSubjectArgs,
      @Ctx() { command }: GraphQLContext,
    ): Promise<PersonalDataPart> {
      return this.desk.export(command, subject);
    }

    @Authorized('ADMIN')
    @Mutation(() => PersonalDataPart, {
      name: `erase${title}PersonalData`,
      description: `Erases a person from the ${service} service: rows anonymised in place, their keys destroyed so history and topics read as erased (admins; recorded).`,
    })
    erasePersonalData(
      @Args() subject: PersonSubjectArgs,
      @Ctx() { command }: GraphQLContext,
    ): Promise<PersonalDataPart> {
      return this.desk.erase(command, subject);
    }
  }
  Object.defineProperty(PrivacyResolver, 'name', { value: `${title}PrivacyResolver` });
  return PrivacyResolver;
}
