import { Departments, type Department } from '@salesgraph/identity';
import { registerEnumType } from 'type-graphql';

/**
 * The internal departments (identity's list, so a department claim in a
 * token and a department in the graph are the same thing).
 */
export const InternalDepartment = Object.fromEntries(Departments.map((d) => [d, d])) as {
  [K in Department]: K;
};
export type InternalDepartment = Department;

registerEnumType(InternalDepartment, {
  name: 'InternalDepartment',
  description: 'An internal department that serves customers.',
});
