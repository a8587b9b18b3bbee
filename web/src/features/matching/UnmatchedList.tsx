import { UNMATCHED_REASON_LABELS } from './labels';
import { humanise } from '../../shared/format';
import type { UnmatchedParticipant } from './types';
import { PersonName } from '../../shared/ui/PersonName';

/** Everyone the run left without a pair, and why. */
export function UnmatchedList({ unmatched, lookup }: { unmatched: UnmatchedParticipant[]; lookup: (id: string) => string }) {
  if (unmatched.length === 0) return <p className="empty">Everyone in the pool has a proposal.</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="unmatched-caption">
      <table className="data-table">
        <caption id="unmatched-caption">Unmatched people</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Side</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {unmatched.map((entry) => (
            <tr key={`${entry.side}-${entry.employee_id}`}>
              <th scope="row">
                <PersonName id={entry.employee_id} name={lookup(entry.employee_id)} />
              </th>
              <td>{entry.side === 'mentor' ? 'Mentor' : 'Mentee'}</td>
              <td>
                {UNMATCHED_REASON_LABELS[entry.reason] ?? humanise(entry.reason)}
                {entry.detail && <span className="cell-sub">{entry.detail}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
