import { RecordScope } from '@salesgraph/access';
import { In, type FindOptionsWhere } from 'typeorm';
import { SalesScope } from '../sales-scope';

interface Row {
  id: string;
  accountId: string;
  creditedTo: string;
  placedBy: string;
  status: string;
}

const columns = {
  account: 'accountId' as const,
  owners: ['creditedTo', 'placedBy'] as Array<keyof Row>,
};
const rep = { id: 'u-rep', roles: ['SALES_REP' as const] };
const repScope = new SalesScope(new RecordScope(rep, false, false, ['u-rep'], []), ['a-1', 'a-2']);
const where = (scope: SalesScope, given: FindOptionsWhere<Row>) => scope.where<Row>(given, columns);

describe('sales scope', () => {
  it('shows a seller the rows of their accounts and those credited to or placed by them', () => {
    expect(where(repScope, { status: 'DRAFT' })).toEqual([
      { status: 'DRAFT', accountId: In(['a-1', 'a-2']) },
      { status: 'DRAFT', creditedTo: In(['u-rep']) },
      { status: 'DRAFT', placedBy: In(['u-rep']) },
    ]);
  });

  it('keeps a fixed account only where the scope allows it', () => {
    expect(where(repScope, { accountId: 'a-2' })).toEqual([
      { accountId: 'a-2' },
      { accountId: 'a-2', creditedTo: In(['u-rep']) },
      { accountId: 'a-2', placedBy: In(['u-rep']) },
    ]);
    expect(where(repScope, { accountId: In(['a-2', 'a-9']) })[0]).toEqual({
      accountId: In(['a-2']),
    });
    expect(where(repScope, { accountId: In(['a-9']) })).toHaveLength(2);
  });

  it('sees an account only when it is one of the scope, and everything for coordinators', () => {
    expect(repScope.seesAccount('a-1')).toBe(true);
    expect(repScope.seesAccount('a-9')).toBe(false);
    const coordinator = { id: 'u-coord', roles: ['SALES_COORDINATOR' as const] };
    const all = new SalesScope(
      new RecordScope(coordinator, false, true, ['u-coord'], []),
      undefined,
    );
    expect(all.seesAccount('a-9')).toBe(true);
    expect(where(all, { status: 'DRAFT', accountId: undefined })).toEqual([{ status: 'DRAFT' }]);
  });

  it('sees nothing when there is nothing to see', () => {
    const nobody = new SalesScope(new RecordScope(rep, false, false, [], []), []);
    expect(where(nobody, {})).toEqual([]);
  });
});
