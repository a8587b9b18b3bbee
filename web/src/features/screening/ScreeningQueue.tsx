import { APPLICATION_STATUS_LABELS, formatAverage, qualityLabel, type ReviewQueue } from './screeningApi';

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
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="screening-queue-caption">
      <table className="data-table screening-queue">
        <caption id="screening-queue-caption">Mentor applications</caption>
        <thead>
          <tr>
            <th scope="col">Applicant</th>
            <th scope="col">Status</th>
            <th scope="col">Answers</th>
            <th scope="col" className="numeric">
              Reviews
            </th>
            {queue.qualities.map((q) => (
              <th scope="col" className="numeric" key={q}>
                {qualityLabel(q)}
              </th>
            ))}
            <th scope="col" className="numeric">
              Overall
            </th>
            <th scope="col">Recommended</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {queue.items.map((item) => {
            const name = item.person?.name || item.employee_id;
            const r = item.scores.recommendations;
            return (
              <tr key={item.application_id} aria-current={item.application_id === selectedId ? 'true' : undefined}>
                <th scope="row">
                  {name}
                  <span className="cell-sub">
                    {[item.person?.title, item.person?.department].filter(Boolean).join(', ') || item.employee_id}
                  </span>
                </th>
                <td>
                  <span className={`badge badge-application-${item.status}`}>{APPLICATION_STATUS_LABELS[item.status] ?? item.status}</span>
                  {item.reviewed_by_me && <span className="cell-sub">You reviewed it</span>}
                </td>
                <td>{item.answered ? 'Complete' : 'Incomplete'}</td>
                <td className="numeric">{item.scores.reviews}</td>
                {queue.qualities.map((q) => (
                  <td className="numeric" key={q}>
                    {formatAverage(item.scores.average_by_quality[q])}
                  </td>
                ))}
                <td className="numeric">{formatAverage(item.scores.overall)}</td>
                <td>{item.scores.reviews === 0 ? '—' : `${r.approve} approve, ${r.wait_list} wait-list, ${r.decline} decline`}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onOpen(item.application_id)}
                    aria-label={`Review ${name}`}
                  >
                    Review
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
