import type { RowError } from '../../api/client';

export function RowErrorsTable({ errors, caption }: { errors: RowError[]; caption: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table errors-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Field</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}-${error.field}-${index}`}>
              <th scope="row" className="numeric">
                {error.row}
              </th>
              <td>
                <code>{error.field}</code>
              </td>
              <td>{error.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
