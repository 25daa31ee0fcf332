import type { Findings } from './findings';
import type { ServiceDatabases } from './service-databases';

/**
 * The tables access checks rely on: every service's copy of the sales teams
 * must equal planning's teams, and every copy of account ownership must
 * equal the account service's accounts. A dead-lettered or skipped event
 * would leave them silently wrong.
 */
export async function checkDirectories(
  db: ServiceDatabases,
  findings: Findings,
): Promise<{ teamMembers: number; accounts: number }> {
  const teams = await db.planning.query<{ team_id: string; user_id: string; manager_id: string }>(
    `SELECT m.team_id, m.user_id, t.manager_id FROM sales_team_member m JOIN sales_team t ON t.id = m.team_id`,
  );
  const teamKey = (r: { team_id: string; user_id: string; manager_id: string }) =>
    `${r.team_id}|${r.user_id}|${r.manager_id}`;
  for (const service of ['lead', 'account', 'order', 'notification'] as const) {
    const copy = await db[service].query<{ team_id: string; user_id: string; manager_id: string }>(
      'SELECT team_id, user_id, manager_id FROM team_member',
    );
    compareSets(`${service} team directory`, teams.map(teamKey), copy.map(teamKey), findings);
  }

  const accounts = await db.account.query<{ id: string; owner_id: string; tier: string }>(
    'SELECT id, owner_id, tier FROM account',
  );
  const ownerKey = (r: { id: string; owner_id: string; tier: string }) =>
    `${r.id}|${r.owner_id}|${r.tier}`;
  for (const service of ['lead', 'order', 'planning'] as const) {
    const copy = await db[service].query<{ id: string; owner_id: string; tier: string }>(
      'SELECT account_id AS id, owner_id, tier FROM account_owner',
    );
    compareSets(
      `${service} account directory`,
      accounts.map(ownerKey),
      copy.map(ownerKey),
      findings,
    );
  }
  return { teamMembers: teams.length, accounts: accounts.length };
}

function compareSets(check: string, expected: string[], actual: string[], findings: Findings) {
  const want = new Set(expected);
  const have = new Set(actual);
  for (const key of want)
    if (!have.has(key)) findings.add('directory', check, `missing or different: ${key}`);
  for (const key of have)
    if (!want.has(key)) findings.add('directory', check, `not in the source: ${key}`);
}
