import { useId, useState, type ReactNode } from 'react';
import { DataTable, type Column } from '../../../shared/ui/DataTable';

export type Cell = string | number;

interface HealthChartCardProps {
  title: string;
  description?: ReactNode;
  /** The chart itself (a react-chartjs-2 component). */
  chart: ReactNode;
  caption: string;
  columns: string[];
  rows: Cell[][];
  csvHref: string;
  csvName: string;
}

/**
 * One dashboard element: its chart, a toggle to the same figures as an accessible table, and a CSV download.
 * The table is the chart's text alternative, so the canvas is hidden from assistive technology.
 */
export function HealthChartCard({ title, description, chart, caption, columns, rows, csvHref, csvName }: HealthChartCardProps) {
  const [tableView, setTableView] = useState(false);
  const headingId = useId();
  return (
    <section className="health-card" aria-labelledby={headingId}>
      <div className="health-card-head">
        <h2 id={headingId}>{title}</h2>
        <div className="health-card-actions">
          <button type="button" className="button button-quiet" aria-pressed={tableView} onClick={() => setTableView((v) => !v)}>
            {tableView ? 'Chart view' : 'Table view'}
          </button>
          <a className="button button-quiet" href={csvHref} download={csvName}>
            Download CSV
          </a>
        </div>
      </div>
      {description && <p className="hint">{description}</p>}
      {tableView ? (
        <DataTable
          frame="scroll"
          className="health-table"
          caption={caption}
          columns={columns.map(
            (name, c): Column<Cell[]> => ({ key: name, header: name, rowHeader: c === 0, cell: (row) => row[c] }),
          )}
          rows={rows}
          rowKey={(_, r) => r}
        />
      ) : (
        <div className="health-chart" aria-hidden="true">
          {chart}
        </div>
      )}
    </section>
  );
}
