import { APPLICATION_STATUS_LABELS, formatAverage, qualityLabel, type QueueItem, type ReviewQueue } from './screeningApi';
import { DataTable, type Column } from '../../shared/ui/DataTable';

interface ScreeningQueueProps {
  queue: ReviewQueue;
  selectedId: number | null;
  onOpen: (applicationId: number) => void;
}

/** Mentor applications with their average scores so far; a row opens the application. */
export function ScreeningQueue({ queue, selectedId, onOpen }: ScreeningQueueProps) {
  if (queue.items.length === 0) {
    return <p className="empty">No mentor applications here.</p>;
  }
  const nameOf = (item: QueueItem) => item.person?.name || item.employee_id;
  const numeric = { className: 'numeric', headerProps: { className: 'numeric' } };
  const columns: Column<QueueItem>[] = [
    {
      key: 'applicant',
      header: 'Applicant',
      rowHeader: true,
      cell: (item) => (
        <>
          {nameOf(item)}
          <span className="cell-sub">
            {[item.person?.title, item.person?.department].filter(Boolean).join(', ') || item.employee_id}
          </span>
        </>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (item) => (
        <>
          <span className={`badge badge-application-${item.status}`}>{APPLICATION_STATUS_LABELS[item.status] ?? item.status}</span>
          {item.reviewed_by_me && <span className="cell-sub">You reviewed it</span>}
        </>
      ),
    },
    { key: 'answers', header: 'Answers', cell: (item) => (item.answered ? 'Complete' : 'Incomplete') },
    { key: 'reviews', header: 'Reviews', ...numeric, cell: (item) => item.scores.reviews },
    ...queue.qualities.map(
      (q): Column<QueueItem> => ({
        key: `quality-${q}`,
        header: qualityLabel(q),
        ...numeric,
        cell: (item) => formatAverage(item.scores.average_by_quality[q]),
      }),
    ),
    { key: 'overall', header: 'Overall', ...numeric, cell: (item) => formatAverage(item.scores.overall) },
    {
      key: 'recommended',
      header: 'Recommended',
      cell: (item) => {
        const r = item.scores.recommendations;
        return item.scores.reviews === 0 ? '—' : `${r.approve} approve, ${r.wait_list} wait-list, ${r.decline} decline`;
      },
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      cell: (item) => (
        <button
          type="button"
          className="button button-small"
          onClick={() => onOpen(item.application_id)}
          aria-label={`Review ${nameOf(item)}`}
        >
          Review
        </button>
      ),
    },
  ];
  return (
    <DataTable
      frame="region"
      caption="Mentor applications"
      captionId="screening-queue-caption"
      className="data-table screening-queue"
      columns={columns}
      rows={queue.items}
      rowKey={(item) => item.application_id}
      rowProps={(item) => ({ 'aria-current': item.application_id === selectedId ? 'true' : undefined })}
    />
  );
}
