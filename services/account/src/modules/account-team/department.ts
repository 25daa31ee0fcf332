import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';
import { Departments } from '@salesgraph/identity';

/**
 * The internal departments (identity's list, so a department claim in a
 * token and a department in the graph are the same thing).
 */
export const InternalDepartment = graphqlEnum('InternalDepartment', Departments, {
  description: 'An internal department that serves customers.',
});
export type InternalDepartment = EnumValue<typeof InternalDepartment>;
