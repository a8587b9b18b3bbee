import type { RowError } from '../../api/client';
import { DataTable, type Column } from '../../shared/ui/DataTable';

const COLUMNS: Column<RowError>[] = [
  { key: 'row', header: 'Row', rowHeader: true, className: 'numeric', cell: (e) => e.row },
  { key: 'field', header: 'Field', cell: (e) => <code>{e.field}</code> },
  { key: 'reason', header: 'Reason', cell: (e) => e.reason },
];

export function RowErrorsTable({ errors, caption }: { errors: RowError[]; caption: string }) {
  return (
    <DataTable
      frame="region"
      regionLabel={caption}
      caption={caption}
      className="data-table errors-table"
      columns={COLUMNS}
      rows={errors}
      rowKey={(e, index) => `${e.row}-${e.field}-${index}`}
    />
  );
}
