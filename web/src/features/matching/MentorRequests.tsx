import type { MatchRequest } from './types';
import { PersonName } from '../../shared/ui/PersonName';
import { DataTable, type Column } from '../../shared/ui/DataTable';

interface MentorRequestsProps {
  requests: MatchRequest[];
  busy: boolean;
  onAnswer: (request: MatchRequest, accept: boolean) => void;
}

/** Requests from mentees to a mentor in a self-selected programme, waiting for an answer. */
export function MentorRequests({ requests, busy, onAnswer }: MentorRequestsProps) {
  const pending = requests.filter((r) => r.status === 'pending');
  if (pending.length === 0) return <p className="empty">No requests are waiting for your answer.</p>;
  const nameOf = (request: MatchRequest) => request.mentee_name || request.mentee;
  const columns: Column<MatchRequest>[] = [
    {
      key: 'mentee',
      header: 'Mentee',
      rowHeader: true,
      cell: (request) => <PersonName id={request.mentee} name={nameOf(request)} />,
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (request) => (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={busy}
            aria-label={`Accept request from ${nameOf(request)}`}
            onClick={() => onAnswer(request, true)}
          >
            Accept
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            disabled={busy}
            aria-label={`Decline request from ${nameOf(request)}`}
            onClick={() => onAnswer(request, false)}
          >
            Decline
          </button>
        </div>
      ),
    },
  ];
  return (
    <DataTable
      frame="region"
      caption="Requests waiting for your answer"
      captionId="requests-caption"
      columns={columns}
      rows={pending}
      rowKey={(request) => request.id}
    />
  );
}
