import {
  Fragment,
  type HTMLAttributes,
  type Key,
  type ReactNode,
  type TableHTMLAttributes,
  type TdHTMLAttributes,
  type ThHTMLAttributes,
} from 'react';

/** One column: its heading and how to show a row's cell. */
export interface Column<Row> {
  /** Identifies the column among its siblings (React's key). */
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** This column names the row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
  /** Class of the column's cells (for instance "numeric"). */
  className?: string;
  /** Extra attributes of the heading cell (class, aria-sort, …). */
  headerProps?: ThHTMLAttributes<HTMLTableCellElement>;
  /**
   * Extra attributes of the column's cells: a `rowSpan` reaching over the rows `afterRow` adds, with
   * `scope: 'rowgroup'` on a row header that names them all.
   */
  cellProps?: TdHTMLAttributes<HTMLTableCellElement>;
}

/**
 * How the table sits on the page: `region` scrolls inside a focusable, labelled region (large tables a keyboard
 * user scrolls); `wrap` and `scroll` in a plain scrolling box of that style; `none` bare.
 */
export type TableFrame = 'region' | 'wrap' | 'scroll' | 'none';

export interface DataTableProps<Row> {
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  caption?: ReactNode;
  /** Gives the caption an id; a `region` frame is then labelled by it. */
  captionId?: string;
  captionClassName?: string;
  /** Labels a `region` frame when the caption has no id. */
  regionLabel?: string;
  frame?: TableFrame;
  /** The table's class; "data-table" unless said otherwise. */
  className?: string;
  tableProps?: TableHTMLAttributes<HTMLTableElement>;
  /** Extra attributes of a row (class, test hooks, …). */
  rowProps?: (row: Row, index: number) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
  /** A row shown under a data row (its details, say), or nothing. */
  afterRow?: (row: Row, index: number) => ReactNode;
  /** Rows after the data rows (a form row, say). */
  footer?: ReactNode;
}

/** A table whose columns are declared as data: heading row, one row per item, optional caption and frame. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionId,
  captionClassName,
  regionLabel,
  frame = 'none',
  className = 'data-table',
  tableProps,
  rowProps,
  afterRow,
  footer,
}: DataTableProps<Row>) {
  const table = (
    <table className={className} {...tableProps}>
      {caption !== undefined && (
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
      )}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" {...column.headerProps}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <Fragment key={rowKey(row, index)}>
            <tr {...rowProps?.(row, index)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.className} {...column.cellProps}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key} className={column.className} {...column.cellProps}>
                    {column.cell(row, index)}
                  </td>
                ),
              )}
            </tr>
            {afterRow?.(row, index)}
          </Fragment>
        ))}
        {footer}
      </tbody>
    </table>
  );
  switch (frame) {
    case 'region':
      return (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-labelledby={captionId}
          aria-label={captionId ? undefined : regionLabel}
        >
          {table}
        </div>
      );
    case 'wrap':
      return <div className="table-wrap">{table}</div>;
    case 'scroll':
      return <div className="table-scroll">{table}</div>;
    case 'none':
      return table;
  }
}
