import { Link } from '../routing/link';
import type { RoleHome } from './role-homes';

export function NotFoundPage({ homes }: { homes: RoleHome[] }) {
  return (
    <>
      <h1>Nothing here</h1>
      {homes.length ? (
        <p>
          Your pages:{' '}
          {homes.map((home, i) => (
            <span key={home.key}>
              {i > 0 && ', '}
              <Link href={home.path}>{home.label}</Link>
            </span>
          ))}
          .
        </p>
      ) : (
        <p>
          Your sign-in carries no role the workbench has a page for. Ask an administrator for one.
        </p>
      )}
    </>
  );
}
