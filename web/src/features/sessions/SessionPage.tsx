import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import {
  OUTCOME_LABELS,
  formatSessionTime,
  sessionsApi,
  viewerTimeZone,
  type Side,
} from './sessionsApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { SessionNotesPanel } from '../session-log/SessionNotesPanel';
import { SessionPulsePanel } from '../feedback/SessionPulsePanel';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';

/**
 * One session (`#/pairs/:id/sessions/:occurrenceId`): when it is, what became of it, and, once it has started, the
 * viewer's confirmation of whether it took place (correctable until both of the pair confirmed). The session's
 * private notes and the pulse sit below.
 */
export function SessionPage({ pairId, occurrenceId }: { pairId: number; occurrenceId: number }) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [tookPlace, setTookPlace] = useState<'yes' | 'no' | ''>('');
  const [absent, setAbsent] = useState<Side | 'both'>('mentee');
  const [busy, setBusy] = useState(false);

  const { data: sessions, setData: setSessions, error: loadError } = useApi(() => sessionsApi.pairSessions(pairId), [pairId]);
  const shownError = error ?? loadError;

  const occurrence = sessions ? [...sessions.upcoming, ...sessions.past].find((o) => o.id === occurrenceId) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!tookPlace) {
      setError('Say whether the session took place.');
      return;
    }
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setSessions(await sessionsApi.confirmAttendance(pairId, occurrenceId, tookPlace === 'yes', tookPlace === 'yes' ? null : absent));
      setStatus('Thank you: your confirmation is recorded.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!sessions || !occurrence) {
    return (
      <>
        <PageHeading>Session</PageHeading>
        {shownError ? (
          <StatusMessage kind="error" message={shownError} />
        ) : sessions ? (
          <StatusMessage kind="error" message="This pair has no such session." />
        ) : (
          <p className="meta">Loading…</p>
        )}
      </>
    );
  }

  const zone = viewerTimeZone(sessions);
  const side = sessions.viewer_side;
  const started = Date.parse(occurrence.starts_at) <= Date.parse(sessions.now);
  const mine = occurrence.attendance.find((a) => a.side === side);
  const settled = occurrence.attendance.length >= 2;
  const canConfirm = side !== 'admin' && started && occurrence.status === 'scheduled' && !settled;

  return (
    <>
      <PageHeading>Session on {formatSessionTime(occurrence.starts_at, zone)}</PageHeading>
      <p className="meta">
        {formatSessionTime(occurrence.starts_at, zone)} – {formatSessionTime(occurrence.ends_at, zone)} ({zone}).{' '}
        <a href={hrefFor({ name: 'pair', id: pairId })}>All sessions of this pair</a>
      </p>
      <StatusMessage kind="error" message={shownError} id="session-error" />
      <StatusMessage kind="status" message={status} />

      <section className="panel" aria-labelledby="session-attendance">
        <h2 id="session-attendance">Attendance</h2>
        {occurrence.status === 'cancelled' ? (
          <p>
            Cancelled{occurrence.cancelled_by_side ? ` by the ${occurrence.cancelled_by_side}` : ''}
            {occurrence.cancel_reason ? `: “${occurrence.cancel_reason}”` : '.'}
          </p>
        ) : (
          <p data-testid="session-outcome">{OUTCOME_LABELS[occurrence.outcome]}</p>
        )}
        <ul className="meta">
          {occurrence.attendance.map((a) => (
            <li key={a.side}>
              The {a.side} confirmed it {a.took_place ? 'took place' : `did not take place (absent: ${a.absent_side ?? '?'})`}.
            </li>
          ))}
        </ul>
        {!started && occurrence.status === 'scheduled' && <p className="meta">You can confirm attendance once the session has started.</p>}
        {canConfirm && (
          <form onSubmit={submit} className="attendance-form" aria-label="Confirm attendance">
            <fieldset className="plain-fieldset">
              <legend>{mine ? 'Correct your confirmation: did the session take place?' : 'Did the session take place?'}</legend>
              <label>
                <input type="radio" name="took-place" value="yes" checked={tookPlace === 'yes'} onChange={() => setTookPlace('yes')} /> Yes, it
                took place
              </label>
              <label>
                <input type="radio" name="took-place" value="no" checked={tookPlace === 'no'} onChange={() => setTookPlace('no')} /> No
              </label>
            </fieldset>
            {tookPlace === 'no' && (
              <div className="field">
                <label htmlFor="absent-side">Who could not attend?</label>
                <select id="absent-side" value={absent} onChange={(e) => setAbsent(e.target.value as Side | 'both')}>
                  <option value="mentee">The mentee</option>
                  <option value="mentor">The mentor</option>
                  <option value="both">Both of us</option>
                </select>
              </div>
            )}
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                Confirm attendance
              </button>
            </div>
          </form>
        )}
      </section>

      {side !== 'admin' && <SessionNotesPanel pairId={pairId} occurrenceId={occurrenceId} />}
      {side !== 'admin' && occurrence.outcome === 'held' && <SessionPulsePanel pairId={pairId} occurrenceId={occurrenceId} />}
    </>
  );
}
