import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../shared/format';
import { agreementsApi, type PairAgreement } from './agreementsApi';

/** An administrator's read-only look at a pair's agreement, fetched when opened (the read is audited). */
export function AgreementDetails({ pairId }: { pairId: number }) {
  const [agreement, setAgreement] = useState<PairAgreement | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    if (agreement || error) return;
    agreementsApi
      .agreement(pairId)
      .then(setAgreement)
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <details className="agreement-details" onToggle={(e) => (e.currentTarget.open ? load() : undefined)}>
      <summary>Agreement</summary>
      {error && <p className="field-error">{error}</p>}
      {!agreement && !error && <p className="meta">Loading…</p>}
      {agreement && !agreement.drafted && <p className="meta">Not drafted yet.</p>}
      {agreement?.drafted && (
        <dl className="agreement-terms">
          <dt>Version</dt>
          <dd>
            {agreement.version}, saved {formatDateTime(agreement.updated_at)}
          </dd>
          <dt>Mentee’s goals</dt>
          <dd>{agreement.mentee_goals}</dd>
          <dt>Mentor’s goals</dt>
          <dd>{agreement.mentor_goals}</dd>
          <dt>Topics in scope</dt>
          <dd>{agreement.topics.join(', ') || '—'}</dd>
          <dt>Cadence</dt>
          <dd>Every {agreement.cadence_days} days</dd>
          <dt>Confidentiality</dt>
          <dd>{agreement.confidentiality_statement}</dd>
          <dt>Signed</dt>
          <dd>
            mentee {agreement.mentee_signed_at ? formatDateTime(agreement.mentee_signed_at) : 'not yet'}; mentor{' '}
            {agreement.mentor_signed_at ? formatDateTime(agreement.mentor_signed_at) : 'not yet'}
          </dd>
        </dl>
      )}
    </details>
  );
}
