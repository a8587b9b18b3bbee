import { useState } from 'react';
import { formatDateTime } from '../../shared/format';
import { useApi } from '../../shared/useApi';
import { agreementsApi } from './agreementsApi';

/**
 * An administrator's read-only look at a pair's agreement. The read is audited, so it happens only once they
 * first open it; closing and opening it again shows the same reading.
 */
export function AgreementDetails({ pairId }: { pairId: number }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="agreement-details" onToggle={(e) => (e.currentTarget.open ? setOpened(true) : undefined)}>
      <summary>Agreement</summary>
      {opened && <AgreementReading pairId={pairId} />}
    </details>
  );
}

/** The agreement's terms and signatures, read when this mounts. */
function AgreementReading({ pairId }: { pairId: number }) {
  const { data: agreement, error } = useApi(() => agreementsApi.agreement(pairId), [pairId]);
  return (
    <>
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
    </>
  );
}
