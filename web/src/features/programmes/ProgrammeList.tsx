import { useEffect, useState } from 'react';
import { programmesApi } from './programmesApi';
import { useApi } from '../../shared/useApi';
import { hrefFor, navigate } from '../../shared/routes';
import { MATCHING_MODE_LABELS, STATUS_LABELS } from './labels';
import { formatDate } from '../../shared/format';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface ProgrammeListProps {
  canEdit: boolean;
  flash: string | null;
  onFlashShown: () => void;
}

export function ProgrammeList({ canEdit, flash, onFlashShown }: ProgrammeListProps) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [message] = useState(flash);
  const cursor = cursors[cursors.length - 1] ?? null;

  useEffect(() => {
    if (flash) onFlashShown();
  }, [flash, onFlashShown]);

  const { data: page, loading, error } = useApi(() => programmesApi.listProgrammes(cursor), [cursor]);

  const items = page?.items ?? [];

  return (
    <div className="page">
      <div className="page-title-row">
        <PageHeading>Programmes</PageHeading>
        {canEdit && (
          <button type="button" className="button button-primary" onClick={() => navigate({ name: 'programme-new' })}>
            New programme
          </button>
        )}
      </div>

      <StatusMessage kind="status" message={loading ? 'Loading programmes…' : message} />
      <StatusMessage kind="error" message={error} />

      {!loading && page && items.length === 0 && (
        <p className="empty">{canEdit ? 'No programmes yet. Create one to get started.' : 'You are not in any programmes yet.'}</p>
      )}

      {items.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="programmes-caption">
          <table className="data-table">
            <caption id="programmes-caption">Programmes</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Starts</th>
                <th scope="col">Ends</th>
                <th scope="col">Matching</th>
              </tr>
            </thead>
            <tbody>
              {items.map((programme) => (
                <tr key={programme.id}>
                  <th scope="row">
                    <a href={hrefFor({ name: 'programme-edit', id: programme.id })}>{programme.name}</a>
                  </th>
                  <td>
                    <span className={`badge badge-${programme.status}`}>{STATUS_LABELS[programme.status] ?? programme.status}</span>
                  </td>
                  <td>{formatDate(programme.starts_on)}</td>
                  <td>{formatDate(programme.ends_on)}</td>
                  <td>{MATCHING_MODE_LABELS[programme.matching_mode] ?? programme.matching_mode}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(cursors.length > 1 || page?.next_cursor) && (
        <nav className="pager" aria-label="Programme pages">
          <button
            type="button"
            className="button"
            disabled={loading || cursors.length <= 1}
            onClick={() => setCursors((stack) => stack.slice(0, -1))}
          >
            Previous page
          </button>
          <span className="pager-label">Page {cursors.length}</span>
          <button
            type="button"
            className="button"
            disabled={loading || !page?.next_cursor}
            onClick={() => {
              const next = page?.next_cursor;
              if (next) setCursors((stack) => [...stack, next]);
            }}
          >
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
