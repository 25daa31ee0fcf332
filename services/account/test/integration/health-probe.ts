import type { AuthenticatedUser } from '@salesgraph/identity';
import { DemoUsers } from '@salesgraph/identity';
import { expectData, waitFor } from '@salesgraph/testing';
import type { AccountSut } from './account-test-kit';

export interface Health {
  score: number;
  status: string;
  reasons: Array<{ code: string; message: string; impact: number }>;
}

/** Reads an account's health through the graph, and waits for it to settle after events. */
export function healthProbe(sut: AccountSut) {
  const healthOf = async (accountId: string, user: AuthenticatedUser = DemoUsers.admin) =>
    expectData(
      await sut.query<{ account: { health: Health } }>(
        user,
        'query($id: ID!) { account(id: $id) { health { score status reasons { code message impact } } } }',
        { id: accountId },
      ),
    ).account.health;
  const codes = (health: Health) => health.reasons.map((r) => r.code).sort();
  const settlesAt = (accountId: string, expected: string[]) =>
    waitFor(
      async () => {
        const health = await healthOf(accountId);
        return JSON.stringify(codes(health)) === JSON.stringify([...expected].sort()) && health;
      },
      { what: `health reasons of ${accountId} to become ${expected.join(', ') || 'none'}` },
    );
  return { healthOf, codes, settlesAt };
}
