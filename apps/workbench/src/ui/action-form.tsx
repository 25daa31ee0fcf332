import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { GraphError } from '../graphql/graph-errors';
import { ErrorList } from './error-list';

interface ActionFormProps {
  /** The button that opens the form, e.g. "Log a threat". */
  label: string;
  /** What it acts on, for screen readers when several such buttons share a label ("SO-000012"). */
  context?: string;
  submitLabel?: string;
  /** Runs the action with the form's fields; true when it succeeded. */
  onSubmit: (fields: FormData) => Promise<boolean>;
  errors: GraphError[];
  busy?: boolean;
  children: ReactNode;
}

/**
 * An action behind a disclosure button: the form opens in place, focus moves
 * to its first field, Escape or Cancel closes it, and the graph's errors stay
 * beside the fields until the person fixes them.
 */
export function ActionForm({
  label,
  context,
  submitLabel,
  onSubmit,
  errors,
  busy,
  children,
}: ActionFormProps) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
  }, []);

  useEffect(() => {
    const element = form.current;
    if (!open || !element) return undefined;
    element.querySelector<HTMLElement>('input, select, textarea')?.focus();
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && close();
    element.addEventListener('keydown', escape);
    return () => element.removeEventListener('keydown', escape);
  }, [open, close]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await onSubmit(new FormData(event.currentTarget))) close();
  };

  return (
    <div className="action">
      <button
        ref={opener}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
      {open && (
        <form
          id={formId}
          ref={form}
          className="action-form"
          aria-label={context ? `${label} ${context}` : label}
          onSubmit={submit}
        >
          {children}
          <ErrorList errors={errors} />
          <div className="form-buttons">
            <button type="submit" disabled={busy}>
              {busy ? 'Saving…' : (submitLabel ?? label)}
            </button>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
