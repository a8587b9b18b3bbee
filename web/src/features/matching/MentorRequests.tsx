import type { MatchRequest } from './types';
import { PersonName } from '../../shared/ui/PersonName';

interface MentorRequestsProps {
  requests: MatchRequest[];
  busy: boolean;
  onAnswer: (request: MatchRequest, accept: boolean) => void;
}

/** Requests from mentees to a mentor in a self-selected programme, waiting for an answer. */
export function MentorRequests({ requests, busy, onAnswer }: MentorRequestsProps) {
  const pending = requests.filter((r) => r.status === 'pending');
  if (pending.length === 0) return <p className="empty">No requests are waiting for your answer.</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="requests-caption">
      <table className="data-table">
        <caption id="requests-caption">Requests waiting for your answer</caption>
        <thead>
          <tr>
            <th scope="col">Mentee</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {pending.map((request) => {
            const name = request.mentee_name || request.mentee;
            return (
              <tr key={request.id}>
                <th scope="row">
                  <PersonName id={request.mentee} name={name} />
                </th>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button-small button-primary"
                      disabled={busy}
                      aria-label={`Accept request from ${name}`}
                      onClick={() => onAnswer(request, true)}
                    >
                      Accept
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      disabled={busy}
                      aria-label={`Decline request from ${name}`}
                      onClick={() => onAnswer(request, false)}
                    >
                      Decline
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
