import { useId, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import { humanize } from './format';

type InputProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string };

/** A labelled input; the label is always visible (no placeholder-only fields). */
export function Field({ label, ...input }: InputProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  required,
}: {
  label: string;
  name: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} rows={3} required={required} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: Array<Option | string>;
  /** A first, empty choice ("none"). */
  blank?: string;
};

export function SelectField({ label, options, blank, ...select }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => {
          const option = typeof o === 'string' ? { value: o, label: humanize(o) } : o;
          return (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/**
 * A record's status (or a deal's stage), changed where the record is shown:
 * the choice goes to `onChange` at once, with no form to submit. `hideLabel`
 * keeps the label for screen readers only, where the row already says what it is.
 */
export function StatusSelect<S extends string>({
  label,
  hideLabel,
  value,
  statuses,
  onChange,
}: {
  label: string;
  hideLabel?: boolean;
  value: S;
  statuses: readonly S[];
  onChange: (status: S) => unknown;
}) {
  return (
    <label>
      {hideLabel ? <span className="sr-only">{label}</span> : <>{label} </>}
      <select value={value} onChange={(e) => onChange(e.target.value as S)}>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {humanize(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A form field as a string, or undefined when left empty (the graph then keeps its default). */
export function optional(fields: FormData, name: string): string | undefined {
  const value = fields.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function required(fields: FormData, name: string): string {
  return String(fields.get(name) ?? '').trim();
}
