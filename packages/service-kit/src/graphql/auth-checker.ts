import { hasRole, type Role } from '@salesgraph/identity';
import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './graphql-context';

/**
 * Role check behind type-graphql's @Authorized(): an empty list means any
 * verified user; ADMIN passes every role check. Record-level rules (a rep
 * sees only their own leads) live in each service's queries.
 */
export const roleAuthChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) =>
  roles.length === 0 ? true : hasRole(context.user, ...roles);
