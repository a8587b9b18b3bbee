import { PAIR_STATUS_LABELS } from './labels';
import { formatPoints } from '../../shared/format';
import type { Pair } from './types';
import { AgreementDetails } from '../agreements/AgreementDetails';
import { PersonName } from '../../shared/ui/PersonName';
import { DataTable, type Column } from '../../shared/ui/DataTable';

interface PairsTableProps {
  pairs: Pair[];
  caption: string;
  lookup: (id: string) => string;
  /** The viewer's employee id, when they are a participant: their pairs get Accept and Decline. */
  personId?: string | null;
  busy?: boolean;
  onAccept?: (pair: Pair) => void;
  onDecline?: (pair: Pair) => void;
}

function nameOf(pair: Pair, side: 'mentee' | 'mentor', lookup: (id: string) => string): string {
  const given = side === 'mentee' ? pair.mentee_name : pair.mentor_name;
  return given || lookup(side === 'mentee' ? pair.mentee : pair.mentor);
}

/** The viewer's own side of a pair reads "You". */
function PartyName({ id, name, personId }: { id: string; name: string; personId: string | null | undefined }) {
  return personId && id === personId ? <span>You</span> : <PersonName id={id} name={name} />;
}

/** Who has accepted a proposed pair so far, in words. */
function acceptance(pair: Pair, personId: string | null | undefined): string {
  if (pair.status !== 'proposed') return '';
  const menteeDone = Boolean(pair.mentee_accepted_at);
  const mentorDone = Boolean(pair.mentor_accepted_at);
  const mine = personId === pair.mentee ? menteeDone : personId === pair.mentor ? mentorDone : null;
  const theirs = personId === pair.mentee ? mentorDone : personId === pair.mentor ? menteeDone : null;
  if (mine !== null && theirs !== null) {
    if (mine) return theirs ? 'Both accepted' : 'Accepted by you; waiting for the other person';
    return theirs ? 'The other person accepted; waiting for you' : 'Waiting for both of you';
  }
  if (menteeDone && mentorDone) return 'Accepted by both';
  if (menteeDone) return 'Accepted by the mentee; waiting for the mentor';
  if (mentorDone) return 'Accepted by the mentor; waiting for the mentee';
  return 'Waiting for both';
}

/** What happened to a pair after both accepted, or who declined it and (for administrators only) why. */
function afterAcceptance(pair: Pair): string {
  if (pair.status === 'accepted') return 'Both accepted; drafting and signing their agreement';
  if (pair.status === 'active') return 'Agreement signed by both';
  if (pair.status === 'declined' && pair.declined_by) return `Declined by the ${pair.declined_by}`;
  return '';
}

/**
 * Pairs and where each stands: proposed until both accept, accepted while they draft and sign their agreement,
 * then active; or declined (with the private reason, which only an administrator's list carries).
 */
export function PairsTable({ pairs, caption, lookup, personId, busy = false, onAccept, onDecline }: PairsTableProps) {
  const captionId = `pairs-caption-${caption.replace(/\W+/g, '-').toLowerCase()}`;
  const withActions = Boolean(personId && (onAccept || onDecline));
  const columns: Column<Pair>[] = [
    {
      key: 'mentee',
      header: 'Mentee',
      rowHeader: true,
      cell: (pair) => <PartyName id={pair.mentee} name={nameOf(pair, 'mentee', lookup)} personId={personId} />,
    },
    {
      key: 'mentor',
      header: 'Mentor',
      cell: (pair) => <PartyName id={pair.mentor} name={nameOf(pair, 'mentor', lookup)} personId={personId} />,
    },
    {
      key: 'score',
      header: 'Score (of 100)',
      className: 'numeric',
      headerProps: { className: 'numeric' },
      cell: (pair) => (pair.score === null || pair.score === undefined ? '—' : formatPoints(pair.score)),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (pair) => (
        <>
          <span className={`badge badge-pair-${pair.status}`}>{PAIR_STATUS_LABELS[pair.status] ?? pair.status}</span>
          {pair.status === 'proposed' && <span className="cell-sub">{acceptance(pair, personId)}</span>}
          {pair.status !== 'proposed' && afterAcceptance(pair) && <span className="cell-sub">{afterAcceptance(pair)}</span>}
          {pair.decline_reason && <span className="cell-sub decline-reason">Private reason: {pair.decline_reason}</span>}
          {!personId && (pair.status === 'accepted' || pair.status === 'active') && <AgreementDetails pairId={pair.id} />}
        </>
      ),
    },
    ...(withActions
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (pair: Pair) => (
              <PairActions pair={pair} lookup={lookup} personId={personId} busy={busy} onAccept={onAccept} onDecline={onDecline} />
            ),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      frame="region"
      caption={caption}
      captionId={captionId}
      className="data-table pairs-table"
      columns={columns}
      rows={pairs}
      rowKey={(pair) => pair.id}
    />
  );
}

/** Accept or decline, for the viewer's own proposed pair that they have not accepted yet. */
function PairActions({
  pair,
  lookup,
  personId,
  busy,
  onAccept,
  onDecline,
}: Pick<PairsTableProps, 'lookup' | 'personId' | 'onAccept' | 'onDecline'> & { pair: Pair; busy: boolean }) {
  const other = personId === pair.mentee ? nameOf(pair, 'mentor', lookup) : nameOf(pair, 'mentee', lookup);
  const mineAccepted = personId === pair.mentee ? pair.mentee_accepted_at : pair.mentor_accepted_at;
  if (pair.status !== 'proposed' || mineAccepted) return null;
  return (
    <div className="row-actions">
      {onAccept && (
        <button
          type="button"
          className="button button-small button-primary"
          disabled={busy}
          aria-label={`Accept pair with ${other}`}
          onClick={() => onAccept(pair)}
        >
          Accept
        </button>
      )}
      {onDecline && (
        <button
          type="button"
          className="button button-small button-danger"
          disabled={busy}
          aria-label={`Decline pair with ${other}`}
          onClick={() => onDecline(pair)}
        >
          Decline
        </button>
      )}
    </div>
  );
}
