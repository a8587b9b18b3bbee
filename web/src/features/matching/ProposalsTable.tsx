import { PROPOSAL_SOURCE_LABELS } from './labels';
import { formatPoints } from '../../shared/format';
import type { Proposal } from './types';
import { PersonName } from '../../shared/ui/PersonName';
import { ScoreBreakdown } from './ScoreBreakdown';
import { DataTable, type Column } from '../../shared/ui/DataTable';

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
  const isForbidden = (proposal: Proposal) => forbidden.has(pairKey(proposal.mentee, proposal.mentor));
  const columns: Column<Proposal>[] = [
    ...(canSwap
      ? [
          {
            key: 'swap',
            header: 'Swap',
            cell: (proposal: Proposal) => (
              <input
                type="checkbox"
                aria-label={`Choose ${lookup(proposal.mentee)} for a swap`}
                checked={selected.includes(proposal.mentee)}
                disabled={busy}
                onChange={() => props.onToggleSelected(proposal.mentee)}
              />
            ),
          },
        ]
      : []),
    {
      key: 'mentee',
      header: 'Mentee',
      rowHeader: true,
      cell: (proposal) => <PersonName id={proposal.mentee} name={lookup(proposal.mentee)} />,
    },
    {
      key: 'mentor',
      header: 'Mentor',
      className: 'proposal-mentor',
      cell: (proposal) => (
        <>
          <PersonName id={proposal.mentor} name={lookup(proposal.mentor)} />
          {proposal.source !== 'solver' && (
            <span className="badge badge-source">{PROPOSAL_SOURCE_LABELS[proposal.source] ?? proposal.source}</span>
          )}
          {isForbidden(proposal) && <span className="badge badge-forbidden">Forbidden: run matching again</span>}
        </>
      ),
    },
    {
      key: 'score',
      header: 'Score (of 100)',
      className: 'numeric',
      headerProps: { className: 'numeric' },
      cell: (proposal) => formatPoints(proposal.score),
    },
    { key: 'explanation', header: 'Explanation', cell: (proposal) => <ScoreBreakdown parts={proposal.parts} /> },
    { key: 'actions', header: 'Actions', cell: (proposal) => <ProposalActions {...props} proposal={proposal} blocked={isForbidden(proposal)} /> },
  ];
  return (
    <DataTable
      frame="region"
      caption="Proposals"
      captionId="proposals-caption"
      className="data-table proposals-table"
      columns={columns}
      rows={proposals}
      rowKey={(proposal) => proposal.mentee}
      rowProps={(proposal) => ({ className: isForbidden(proposal) ? 'inactive' : undefined })}
    />
  );
}

/** Pin or unpin, forbid or allow again: what an admin may do to one proposal. */
function ProposalActions({
  proposal,
  blocked,
  lookup,
  busy,
  onPin,
  onUnpin,
  onForbid,
  onAllow,
}: ProposalsTableProps & { proposal: Proposal; blocked: boolean }) {
  const menteeName = lookup(proposal.mentee);
  const mentorName = lookup(proposal.mentor);
  const pinned = proposal.source === 'pin';
  return (
    <div className="row-actions">
      {pinned ? (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={`Unpin ${menteeName} and ${mentorName}`}
          onClick={() => onUnpin(proposal)}
        >
          Unpin
        </button>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={busy || blocked}
          aria-label={`Pin ${menteeName} with ${mentorName}`}
          onClick={() => onPin(proposal)}
        >
          Pin
        </button>
      )}
      {blocked ? (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={`Allow ${menteeName} with ${mentorName} again`}
          onClick={() => onAllow(proposal)}
        >
          Allow again
        </button>
      ) : (
        <button
          type="button"
          className="button button-small button-danger"
          disabled={busy || pinned}
          aria-label={`Forbid ${menteeName} with ${mentorName}`}
          onClick={() => onForbid(proposal)}
        >
          Forbid
        </button>
      )}
    </div>
  );
}
