import { graphql } from '../../gql';

export const DepartmentRequestsQuery = graphql(`
  query DepartmentRequests($department: InternalDepartment, $openOnly: Boolean!) {
    serviceRequests(department: $department, openOnly: $openOnly, limit: 200) {
      id
      title
      description
      priority
      status
      dueDate
      overdue
      accountName
      department
      resolutionNote
      contact {
        name
        email
        phone
      }
    }
  }
`);

export const UpdateServiceRequestStatus = graphql(`
  mutation UpdateServiceRequestStatus($input: UpdateServiceRequestStatusInput!) {
    updateServiceRequestStatus(input: $input) {
      id
      status
    }
  }
`);
