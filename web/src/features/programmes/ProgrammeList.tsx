import { useEffect, useState } from 'react';
import { programmesApi } from './programmesApi';
import { useApi } from '../../shared/useApi';
import { hrefFor, navigate } from '../../shared/routes';
import { MATCHING_MODE_LABELS, STATUS_LABELS } from './labels';
import { formatDate } from '../../shared/format';
import type { Programme } from './types';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { Pager } from '../../shared/ui/Pager';

const COLUMNS: Column<Programme>[] = [
  {
    key: 'name',
    header: 'Name',
    rowHeader: true,
    cell: (p) => <a href={hrefFor({ name: 'programme-edit', id: p.id })}>{p.name}</a>,
  },
  {
    key: 'status',
    header: 'Status',
    cell: (p) => <span className={`badge badge-${p.status}`}>{STATUS_LABELS[p.status] ?? p.status}</span>,
  },
  { key: 'starts', header: 'Starts', cell: (p) => formatDate(p.starts_on) },
  { key: 'ends', header: 'Ends', cell: (p) => formatDate(p.ends_on) },
  { key: 'matching', header: 'Matching', cell: (p) => MATCHING_MODE_LABELS[p.matching_mode] ?? p.matching_mode },
];

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
        <DataTable
          frame="region"
          caption="Programmes"
          captionId="programmes-caption"
          columns={COLUMNS}
          rows={items}
          rowKey={(p) => p.id}
        />
      )}

      {(cursors.length > 1 || page?.next_cursor) && (
        <Pager label="Programme pages" cursors={cursors} setCursors={setCursors} nextCursor={page?.next_cursor} loading={loading} />
      )}
    </div>
  );
}
