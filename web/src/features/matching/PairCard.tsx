import { useId, useState } from 'react';
import { PAIR_STATUS_LABELS } from './labels';
import { formatPoints } from '../../shared/format';
import { hrefFor } from '../../shared/routes';
import type { Pair } from './types';
import { DeclinePairForm } from './DeclinePairForm';
import { PairAgreementPanel } from '../agreements/PairAgreementPanel';

interface PairCardProps {
  pair: Pair;
  /** The viewer's employee id: they are the pair's mentee or mentor. */
  personId: string;
  busy: boolean;
  onAccept: (pair: Pair) => void;
  onDecline: (pair: Pair, reason: string) => void;
  onPairChanged: (pair: Pair) => void;
}

/** Where a pair stands, in the viewer's words. */
function standing(pair: Pair, side: 'mentee' | 'mentor', other: string): string {
  const mine = side === 'mentee' ? pair.mentee_accepted_at : pair.mentor_accepted_at;
  const theirs = side === 'mentee' ? pair.mentor_accepted_at : pair.mentee_accepted_at;
  switch (pair.status) {
    case 'proposed':
      if (mine) return 'Accepted by you; waiting for the other person';
      return theirs ? `${other} accepted; waiting for you` : 'Waiting for both of you to accept';
    case 'accepted':
      return 'Both of you accepted. Write your agreement together, then both sign it.';
    case 'active':
      return `Active: you and ${other} can start meeting.`;
    case 'declined':
      return pair.declined_by === side ? 'You declined this pair.' : `${other} declined this pair.`;
    default:
      return 'This pair has ended.';
  }
}

/**
 * One of a participant's pairs: accept it or decline it (privately, after confirming); once both accepted,
 * the agreement to draft and sign; once both signed, the pair is active.
 */
export function PairCard({ pair, personId, busy, onAccept, onDecline, onPairChanged }: PairCardProps) {
  const headingId = useId();
  const [declining, setDeclining] = useState(false);
  const side = personId === pair.mentee ? 'mentee' : 'mentor';
  const otherId = side === 'mentee' ? pair.mentor : pair.mentee;
  const other = (side === 'mentee' ? pair.mentor_name : pair.mentee_name) || otherId;
  const mineAccepted = side === 'mentee' ? pair.mentee_accepted_at : pair.mentor_accepted_at;
  const canAccept = pair.status === 'proposed' && !mineAccepted;
  const canDecline = pair.status === 'proposed' || pair.status === 'accepted';

  return (
    <article className={`pair-card pair-card-${pair.status}`} aria-labelledby={headingId}>
      <header className="pair-card-head">
        <h4 id={headingId}>Pair with {other}</h4>
        <span className={`badge badge-pair-${pair.status}`}>{PAIR_STATUS_LABELS[pair.status] ?? pair.status}</span>
      </header>
      <p className="meta">
        {other} {pair.status === 'accepted' || pair.status === 'active' ? 'is' : 'would be'} your{' '}
        {side === 'mentee' ? 'mentor' : 'mentee'}
        {pair.score !== null && pair.score !== undefined ? ` · match score ${formatPoints(pair.score)} of 100` : ''}
      </p>
      <p className="pair-standing">{standing(pair, side, other)}</p>
      {(pair.status === 'active' || pair.status === 'ended') && (
        <p className="pair-sessions-link">
          <a className="button" href={hrefFor({ name: 'pair', id: pair.id })}>
            Sessions with {other}
          </a>
        </p>
      )}

      {!declining && (canAccept || canDecline) && (
        <div className="row-actions">
          {canAccept && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              aria-label={`Accept pair with ${other}`}
              onClick={() => onAccept(pair)}
            >
              Accept
            </button>
          )}
          {canDecline && (
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              aria-label={`Decline pair with ${other}`}
              onClick={() => setDeclining(true)}
            >
              Decline
            </button>
          )}
        </div>
      )}
      {declining && canDecline && (
        <DeclinePairForm
          otherName={other}
          busy={busy}
          onCancel={() => setDeclining(false)}
          onConfirm={(reason) => {
            setDeclining(false);
            onDecline(pair, reason);
          }}
        />
      )}

      {(pair.status === 'accepted' || pair.status === 'active') && (
        <PairAgreementPanel pair={pair} side={side} otherName={other} onPairChanged={onPairChanged} />
      )}
    </article>
  );
}
