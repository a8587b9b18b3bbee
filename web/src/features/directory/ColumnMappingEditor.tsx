import { useEffect, useState } from 'react';
import { MAPPING_FIELDS, type MappingField } from './types';

export type ColumnMapping = Partial<Record<MappingField, string>>;

const FIELD_LABELS: Record<MappingField, string> = {
  employee_id: 'Employee ID',
  name: 'Name',
  email: 'Email',
  grade: 'Grade',
  title: 'Job title',
  department: 'Department',
  location: 'Location',
  time_zone: 'Time zone',
  manager_id: 'Manager ID',
  hire_date: 'Hire date',
  leaving_date: 'Leaving date',
  left: 'Has left',
};

interface ColumnMappingEditorProps {
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  /** Errors the API reported for a mapping entry, by field. */
  errors?: Partial<Record<MappingField, string>>;
}

/** Lets the user say which CSV column holds each field, when the file's headings differ from ours. */
export function ColumnMappingEditor({ mapping, onChange, errors = {} }: ColumnMappingEditorProps) {
  const [open, setOpen] = useState(false);
  const hasErrors = Object.keys(errors).length > 0;
  useEffect(() => {
    if (hasErrors) setOpen(true);
  }, [hasErrors]);
  return (
    <details className="mapping-editor" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Column mapping (optional)</summary>
      <p className="hint" id="mapping-hint">
        Leave a box empty when the file’s column is named exactly like the field (for example <code>employee_id</code>).
      </p>
      <div className="mapping-grid">
        {MAPPING_FIELDS.map((field) => {
          const id = `mapping-${field}`;
          const error = errors[field];
          return (
            <div className={`field${error ? ' field-invalid' : ''}`} key={field}>
              <label htmlFor={id}>
                {FIELD_LABELS[field]} column <span className="field-key">({field})</span>
              </label>
              <input
                id={id}
                type="text"
                value={mapping[field] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error mapping-hint` : 'mapping-hint'}
                onChange={(e) => onChange({ ...mapping, [field]: e.target.value })}
              />
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}
