/** "Refresh" for one panel; the hidden words tell a screen reader which. */
export function RefreshButton({
  what,
  onClick,
  busy,
}: {
  what: string;
  onClick: () => void;
  busy?: boolean;
}) {
  return (
    <button type="button" className="secondary" onClick={onClick} disabled={busy}>
      Refresh<span className="sr-only"> {what}</span>
    </button>
  );
}
