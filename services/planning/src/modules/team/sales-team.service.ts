import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { DataSource } from 'typeorm';
import { SalesTeam } from './sales-team.entity';

/** Teams: managers see the teams they lead; admins all. */
export class SalesTeamService {
  constructor(private readonly dataSource: DataSource) {}

  list(user: AuthenticatedUser): Promise<SalesTeam[]> {
    return this.dataSource.manager.find(SalesTeam, {
      where: hasRole(user, 'ADMIN') ? {} : { managerId: user.id },
      order: { name: 'ASC' },
    });
  }
}
