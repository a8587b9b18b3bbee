import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FormField } from './FormField';

// Labelled form fields: each renders its control inside FormField, so the label, the hint and the error that
// names the field are tied to the control for assistive technology in the same way everywhere.

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'>;

type TextProps = FieldProps & InputProps & { value: string; onChange: (value: string) => void };

// The one labelled <input>: the text, number and date fields differ only in its type and defaults.
function InputField({ id, label, hint, error, className, value, onChange, type, ...input }: TextProps & { type: string }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} {...input} type={type} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

/** A one-line text field (or another text-like input such as email or password). */
export function TextField({
  type = 'text',
  ...props
}: TextProps & { type?: 'text' | 'email' | 'password' | 'search' | 'url' }) {
  return <InputField {...props} type={type} />;
}

/** A whole-number field. Its value stays text while the user types; the form converts it when it saves. */
export function NumberField(props: TextProps) {
  return <InputField step={1} inputMode="numeric" {...props} type="number" />;
}

/** A calendar date, as YYYY-MM-DD text ('' for none). */
export function DateField(props: TextProps) {
  return <InputField {...props} type="date" />;
}

/** Several lines of text. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  className,
  value,
  onChange,
  ...textarea
}: FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> & { value: string; onChange: (value: string) => void }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...control} {...textarea} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

export interface SelectOption {
  value: string;
  label: ReactNode;
}

/** One choice among options. */
export function SelectField({
  id,
  label,
  hint,
  error,
  className,
  value,
  onChange,
  options,
  ...select
}: FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> & {
    value: string;
    onChange: (value: string) => void;
    options: SelectOption[];
  }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} {...select} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A yes/no choice: the box, then its label, then the error that names it. */
export function CheckboxField({
  id,
  label,
  error,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`checkbox${error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
