import type { GraphError } from '../graphql/graph-errors';

/** Every error the graph returned, with its message; the code and correlation id for support. */
export function ErrorList({
  errors,
  children,
}: {
  errors: GraphError[];
  children?: React.ReactNode;
}) {
  if (!errors.length) return null;
  return (
    <div className="error-box" role="alert">
      <ul>
        {errors.map((error, i) => (
          <li key={i}>
            <span className="error-message">{error.message}</span>
            {error.code && <span className="error-code"> ({error.code})</span>}
            {error.correlationId && (
              <span className="error-correlation"> · reference {error.correlationId}</span>
            )}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
