import { PROPOSAL_SOURCE_LABELS } from './labels';
import { formatPoints } from '../../shared/format';
import type { Proposal } from './types';
import { PersonName } from '../../shared/ui/PersonName';
import { ScoreBreakdown } from './ScoreBreakdown';

export function pairKey(mentee: string, mentor: string): string {
  return `${mentee}\u0000${mentor}`;
}

interface ProposalsTableProps {
  proposals: Proposal[];
  lookup: (id: string) => string;
  /** Pairs forbidden since the run; they go away when matching runs again. */
  forbidden: Set<string>;
  /** Mentees chosen for a swap (at most two). */
  selected: string[];
  /** Swaps only change an unpublished run. */
  canSwap: boolean;
  busy: boolean;
  onToggleSelected: (mentee: string) => void;
  onPin: (proposal: Proposal) => void;
  onUnpin: (proposal: Proposal) => void;
  onForbid: (proposal: Proposal) => void;
  onAllow: (proposal: Proposal) => void;
}

/** The latest run's proposals: who would mentor whom, the score out of 100 and why, with the admin's actions. */
export function ProposalsTable(props: ProposalsTableProps) {
  const { proposals, lookup, forbidden, selected, canSwap, busy } = props;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="proposals-caption">
      <table className="data-table proposals-table">
        <caption id="proposals-caption">Proposals</caption>
        <thead>
          <tr>
            {canSwap && <th scope="col">Swap</th>}
            <th scope="col">Mentee</th>
            <th scope="col">Mentor</th>
            <th scope="col" className="numeric">
              Score (of 100)
            </th>
            <th scope="col">Explanation</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((proposal) => {
            const menteeName = lookup(proposal.mentee);
            const mentorName = lookup(proposal.mentor);
            const isForbidden = forbidden.has(pairKey(proposal.mentee, proposal.mentor));
            const pinned = proposal.source === 'pin';
            return (
              <tr key={proposal.mentee} className={isForbidden ? 'inactive' : undefined}>
                {canSwap && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Choose ${menteeName} for a swap`}
                      checked={selected.includes(proposal.mentee)}
                      disabled={busy}
                      onChange={() => props.onToggleSelected(proposal.mentee)}
                    />
                  </td>
                )}
                <th scope="row">
                  <PersonName id={proposal.mentee} name={menteeName} />
                </th>
                <td className="proposal-mentor">
                  <PersonName id={proposal.mentor} name={mentorName} />
                  {proposal.source !== 'solver' && (
                    <span className="badge badge-source">{PROPOSAL_SOURCE_LABELS[proposal.source] ?? proposal.source}</span>
                  )}
                  {isForbidden && <span className="badge badge-forbidden">Forbidden: run matching again</span>}
                </td>
                <td className="numeric">{formatPoints(proposal.score)}</td>
                <td>
                  <ScoreBreakdown parts={proposal.parts} />
                </td>
                <td>
                  <div className="row-actions">
                    {pinned ? (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy}
                        aria-label={`Unpin ${menteeName} and ${mentorName}`}
                        onClick={() => props.onUnpin(proposal)}
                      >
                        Unpin
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy || isForbidden}
                        aria-label={`Pin ${menteeName} with ${mentorName}`}
                        onClick={() => props.onPin(proposal)}
                      >
                        Pin
                      </button>
                    )}
                    {isForbidden ? (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy}
                        aria-label={`Allow ${menteeName} with ${mentorName} again`}
                        onClick={() => props.onAllow(proposal)}
                      >
                        Allow again
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small button-danger"
                        disabled={busy || pinned}
                        aria-label={`Forbid ${menteeName} with ${mentorName}`}
                        onClick={() => props.onForbid(proposal)}
                      >
                        Forbid
                      </button>
                    )}
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
