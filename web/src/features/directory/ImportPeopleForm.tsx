import { useRef, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { directoryApi } from './directoryApi';
import { MAPPING_FIELDS, type ImportReport, type MappingField } from './types';
import type { RowError } from '../../api/client';
import { ColumnMappingEditor, type ColumnMapping } from './ColumnMappingEditor';
import { ImportReportView } from './ImportReportView';
import { RowErrorsTable } from './RowErrorsTable';
import { StatusMessage } from '../../shared/ui/StatusMessage';

function mappingFieldOf(field: string | undefined): MappingField | null {
  if (!field) return null;
  const name = field.startsWith('mapping.') ? field.slice('mapping.'.length) : field;
  return (MAPPING_FIELDS as readonly string[]).includes(name) ? (name as MappingField) : null;
}

interface ImportPeopleFormProps {
  onImported: () => void;
}

export function ImportPeopleForm({ onImported }: ImportPeopleFormProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [full, setFull] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [badRows, setBadRows] = useState<RowError[]>([]);
  const [mappingErrors, setMappingErrors] = useState<Partial<Record<MappingField, string>>>({});
  const [report, setReport] = useState<{ report: ImportReport; dryRun: boolean } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    setBadRows([]);
    setMappingErrors({});
    setReport(null);
    if (!file) {
      setFileError('Choose a CSV file to import.');
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      const csv = await file.text();
      const cleanMapping: Partial<Record<MappingField, string>> = {};
      for (const [field, column] of Object.entries(mapping) as [MappingField, string | undefined][]) {
        if (column && column.trim()) cleanMapping[field] = column.trim();
      }
      const result = await directoryApi.importPeople({ csv, mapping: cleanMapping, full, dry_run: dryRun, skip_bad_rows: skipBadRows });
      setReport({ report: result, dryRun });
      setStatus(
        result.applied
          ? `Import complete: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ${result.deactivated} deactivated.`
          : 'Dry run complete. Nothing was saved.',
      );
      if (result.applied) onImported();
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors && err.problem.errors.length > 0) {
        setBadRows(err.problem.errors);
        // The server's detail already says what happened; fall back to our own wording without one.
        setError(
          err.problem.detail?.trim() ||
            'The file has bad rows, so nothing was imported. Fix the rows below, or tick “Skip bad rows”.',
        );
      } else if (err instanceof ApiError && mappingFieldOf(err.problem.field)) {
        // A missing or unknown column: the fix is in the column mapping, so point there.
        const field = mappingFieldOf(err.problem.field) as MappingField;
        setMappingErrors({ [field]: err.problem.detail || 'This column name is not valid.' });
        setError(errorMessage(err));
      } else if (err instanceof ApiError && (err.problem.field === 'csv' || err.problem.field === 'file')) {
        setFileError(err.problem.detail || err.problem.title || 'The file could not be read.');
        setError(errorMessage(err));
      } else {
        setError(errorMessage(err));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import people</h2>
      <form onSubmit={handleSubmit} noValidate>
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'import-file-error' : 'import-file-hint'}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          <p className="hint" id="import-file-hint">
            One row per person, with a heading row. Manager IDs refer to other employee IDs.
          </p>
          {fileError && (
            <p className="field-error" id="import-file-error">
              {fileError}
            </p>
          )}
        </div>

        <fieldset className="options">
          <legend>Options</legend>
          <div className="checkbox">
            <input id="import-full" type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
            <label htmlFor="import-full">Full export (deactivate people missing from the file)</label>
          </div>
          <div className="checkbox">
            <input id="import-dry-run" type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
            <label htmlFor="import-dry-run">Dry run</label>
          </div>
          <div className="checkbox">
            <input
              id="import-skip-bad"
              type="checkbox"
              checked={skipBadRows}
              onChange={(e) => setSkipBadRows(e.target.checked)}
            />
            <label htmlFor="import-skip-bad">Skip bad rows</label>
          </div>
        </fieldset>

        <ColumnMappingEditor mapping={mapping} onChange={setMapping} errors={mappingErrors} />

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>

      <StatusMessage kind="status" message={busy ? 'Importing…' : status} />
      <StatusMessage kind="error" message={error} />
      {badRows.length > 0 && <RowErrorsTable errors={badRows} caption={`Bad rows (${badRows.length})`} />}
      {report && <ImportReportView report={report.report} dryRun={report.dryRun} />}
    </section>
  );
}
