import type { ImportReport } from './types';
import { RowErrorsTable } from './RowErrorsTable';

export function ImportReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const counts: [string, number][] = [
    ['Rows', report.rows],
    ['Inserted', report.inserted],
    ['Updated', report.updated],
    ['Unchanged', report.unchanged],
    ['Deactivated', report.deactivated],
  ];
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">Import report</h3>
      <p>
        {report.applied
          ? 'The import was applied.'
          : dryRun
            ? 'Dry run: nothing was saved. These are the changes the import would make.'
            : 'Nothing was saved.'}
      </p>
      <dl className="report-counts">
        {counts.map(([label, value]) => (
          <div key={label} className="report-count">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <RowErrorsTable errors={report.errors} caption={`Skipped rows (${report.errors.length})`} />
      )}
    </section>
  );
}
