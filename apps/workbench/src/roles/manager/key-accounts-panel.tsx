import { useAction } from '../../graphql/use-action';
import { useLiveQuery } from '../../graphql/use-live-query';
import { ActionForm } from '../../ui/action-form';
import { required, SelectField } from '../../ui/fields';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { DesignateKeyAccount, TeamAccountsQuery } from './team.operations';

/** Key-account risk at a glance, and designating a standard account as key with its account manager. */
export function KeyAccountsPanel({ accountManagers }: { accountManagers: string[] }) {
  const [result, reload] = useLiveQuery({ query: TeamAccountsQuery });
  const designate = useAction(DesignateKeyAccount);
  return (
    <Section title="Key accounts">
      <QueryState result={result} label="accounts">
        {({ standard, key }) => (
          <>
            {key.length === 0 ? (
              <p className="empty">No key accounts yet.</p>
            ) : (
              <ul>
                {[...key]
                  .sort((a, b) => a.health.score - b.health.score)
                  .map((a) => (
                    <li key={a.id}>
                      {a.name}{' '}
                      <span className="muted">
                        · {a.ownerId} · health {a.health.score}
                      </span>{' '}
                      <StatusBadge
                        value={a.health.status}
                        tone={a.health.status === 'ACTIVE' ? 'good' : 'bad'}
                      />
                      {a.health.status !== 'ACTIVE' && (
                        <div className="muted">
                          {a.health.reasons.map((r) => r.message).join(' ')}
                        </div>
                      )}
                    </li>
                  ))}
              </ul>
            )}
            {standard.length > 0 && accountManagers.length > 0 && (
              <ActionForm
                label="Designate a key account"
                submitLabel="Designate"
                errors={designate.errors}
                busy={designate.busy}
                onSubmit={async (f) => {
                  const ok = await designate.run({
                    input: {
                      accountId: required(f, 'accountId'),
                      accountManagerId: required(f, 'accountManagerId'),
                    },
                  });
                  if (ok) reload();
                  return Boolean(ok);
                }}
              >
                <SelectField
                  label="Account"
                  name="accountId"
                  options={standard.map((a) => ({
                    value: a.id,
                    label: `${a.name} (${a.ownerId})`,
                  }))}
                />
                <SelectField
                  label="Account manager"
                  name="accountManagerId"
                  options={accountManagers.map((m) => ({ value: m, label: m }))}
                />
              </ActionForm>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
