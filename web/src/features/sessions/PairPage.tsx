import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { hrefFor } from '../../shared/routes';
import {
  CHANGE_LABELS,
  OUTCOME_LABELS,
  formatSessionTime,
  fromLocalInput,
  sessionsApi,
  toLocalInput,
  viewerTimeZone,
  type PairSessions,
  type SessionOccurrence,
} from './sessionsApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { PairJournal } from '../session-log/PairJournal';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

const WEEKDAYS: [string, string][] = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];

const SIDE_WORDS: Record<string, string> = { mentee: 'mentee', mentor: 'mentor', admin: 'administrator', system: 'Upward' };

/** Who made a change, in words: "Dana Sales (mentee)", or "Upward" for the system. */
function actor(change: PairSessions['changes'][number]): string {
  if (change.actor_side === 'system') return 'Upward';
  return `${change.actor_name ?? 'Someone'} (${SIDE_WORDS[change.actor_side] ?? change.actor_side})`;
}

interface OccurrenceFormProps {
  occurrence: SessionOccurrence;
  timeZone: string;
  mode: 'move' | 'cancel';
  busy: boolean;
  onSubmit: (startsAt: string, reason: string) => void;
  onClose: () => void;
}

/** Move one session to another time, or cancel it; either way with a reason the other person reads. */
function OccurrenceForm({ occurrence, timeZone, mode, busy, onSubmit, onClose }: OccurrenceFormProps) {
  const [local, setLocal] = useState(toLocalInput(occurrence.starts_at, timeZone));
  const [reason, setReason] = useState('');
  const prefix = `${mode}-${occurrence.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(mode === 'move' ? fromLocalInput(local, timeZone) : '', reason);
  };
  return (
    <form className="session-form" onSubmit={submit} aria-label={mode === 'move' ? 'Move this session' : 'Cancel this session'}>
      {mode === 'move' && (
        <div className="field">
          <label htmlFor={`${prefix}-start`}>New start ({timeZone})</label>
          <input
            id={`${prefix}-start`}
            type="datetime-local"
            required
            value={local}
            onChange={(e) => setLocal(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-reason`}>Reason (the other person sees it)</label>
        <input id={`${prefix}-reason`} type="text" required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className={mode === 'move' ? 'button button-primary' : 'button button-danger'} disabled={busy}>
          {mode === 'move' ? 'Move session' : 'Cancel session'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}

interface SeriesFormProps {
  sessions: PairSessions;
  timeZone: string;
  busy: boolean;
  onSubmit: (fromOccurrenceId: number, weekday: string, startTime: string, reason: string) => void;
}

/** Move the whole series from one upcoming session onward to a new weekday and time. */
function SeriesForm({ sessions, timeZone, busy, onSubmit }: SeriesFormProps) {
  const choices = sessions.upcoming.filter((o) => o.status === 'scheduled');
  const [from, setFrom] = useState<number>(choices[0]?.id ?? 0);
  const [weekday, setWeekday] = useState(sessions.series?.weekday ?? 'mon');
  const [startTime, setStartTime] = useState(sessions.series?.start_time ?? '09:00');
  const [reason, setReason] = useState('');
  if (choices.length === 0) return <p className="meta">No upcoming sessions to move.</p>;
  return (
    <form
      className="session-form"
      aria-label="Move the series"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(from, weekday, startTime, reason);
      }}
    >
      <div className="field">
        <label htmlFor="series-from">From the session on</label>
        <select id="series-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {formatSessionTime(o.starts_at, timeZone)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="series-weekday">New weekday</label>
        <select id="series-weekday" value={weekday} onChange={(e) => setWeekday(e.target.value)}>
          {WEEKDAYS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="series-time">New start time ({timeZone})</label>
        <input id="series-time" type="time" required value={startTime} onChange={(e) => setStartTime(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="series-reason">Reason (the other person sees it)</label>
        <input id="series-reason" type="text" required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Move the series
        </button>
      </div>
    </form>
  );
}

/**
 * A pair's blocked time (`#/pairs/:id`): the series, upcoming and past sessions in the viewer's time zone, moving the
 * series or one session and cancelling one (each with a reason), the attributed history, the counts and the streak.
 * Admins read it; only the pair's two people change it. The pair's journal sits below.
 */
export function PairPage({ pairId }: { pairId: number }) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<{ id: number; mode: 'move' | 'cancel' } | null>(null);
  const [seriesOpen, setSeriesOpen] = useState(false);

  const { data: sessions, setData: setSessions, error: loadError } = useApi(() => sessionsApi.pairSessions(pairId), [pairId]);
  const shownError = error ?? loadError;

  const act = async (action: () => Promise<PairSessions>, done: string) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setSessions(await action());
      setOpen(null);
      setSeriesOpen(false);
      setStatus(done);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!sessions) {
    return (
      <>
        <PageHeading>Sessions</PageHeading>
        {shownError ? <StatusMessage kind="error" message={shownError} /> : <p className="meta">Loading…</p>}
      </>
    );
  }

  const zone = viewerTimeZone(sessions);
  const participant = sessions.viewer_side !== 'admin';
  const active = sessions.pair.status === 'active';
  const menteeName = sessions.pair.mentee_name || sessions.pair.mentee;
  const mentorName = sessions.pair.mentor_name || sessions.pair.mentor;
  const heading =
    sessions.viewer_side === 'mentee'
      ? `Sessions with ${mentorName}`
      : sessions.viewer_side === 'mentor'
        ? `Sessions with ${menteeName}`
        : `Sessions of ${menteeName} and ${mentorName}`;
  const series = sessions.series;
  const sessionHref = (o: SessionOccurrence) => hrefFor({ name: 'pair-session', id: pairId, occurrenceId: o.id });

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p className="meta">Times are shown in {zone}.</p>
      <StatusMessage kind="error" message={shownError} />
      <StatusMessage kind="status" message={status} />

      <section className="panel" aria-labelledby="pair-summary">
        <h2 id="pair-summary">How it is going</h2>
        <dl className="session-counts">
          <div>
            <dt>Streak</dt>
            <dd data-testid="session-streak">{sessions.streak} held in a row</dd>
          </div>
          <div>
            <dt>Held</dt>
            <dd>{sessions.counts.held}</dd>
          </div>
          <div>
            <dt>{menteeName} (mentee)</dt>
            <dd>
              {sessions.counts.mentee.cancellations} cancelled · {sessions.counts.mentee.no_shows} missed
            </dd>
          </div>
          <div>
            <dt>{mentorName} (mentor)</dt>
            <dd>
              {sessions.counts.mentor.cancellations} cancelled · {sessions.counts.mentor.no_shows} missed
            </dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="pair-series">
        <h2 id="pair-series">Series</h2>
        {series ? (
          <p>
            Every {series.interval_days} days, {series.minutes} minutes, on{' '}
            {WEEKDAYS.find(([value]) => value === series.weekday)?.[1] ?? series.weekday} at {series.start_time} (
            {series.time_zone}), until {series.until_date}.
          </p>
        ) : (
          <p className="meta">No series yet: it is proposed when both of you have signed the agreement.</p>
        )}
        {series && participant && active && (
          <>
            {!seriesOpen ? (
              <button type="button" className="button" onClick={() => setSeriesOpen(true)}>
                Move the series…
              </button>
            ) : (
              <SeriesForm
                sessions={sessions}
                timeZone={zone}
                busy={busy}
                onSubmit={(from, weekday, startTime, reason) =>
                  void act(
                    () => sessionsApi.moveSeries(pairId, { from_occurrence_id: from, weekday, start_time: startTime, time_zone: zone, reason }),
                    'The series was moved; both calendars are updated.',
                  )
                }
              />
            )}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="pair-upcoming">
        <h2 id="pair-upcoming">Upcoming sessions</h2>
        {sessions.upcoming.length === 0 ? (
          <p className="meta">None.</p>
        ) : (
          <ul className="session-list">
            {sessions.upcoming.map((o) => {
              const when = formatSessionTime(o.starts_at, zone);
              return (
                <li key={o.id} className={`session-item session-${o.status}`} data-testid={`upcoming-${o.id}`}>
                  <a href={sessionHref(o)}>{when}</a>
                  {o.status === 'cancelled' ? (
                    <span className="badge">Cancelled{o.cancelled_by_side ? ` by the ${o.cancelled_by_side}` : ''}</span>
                  ) : (
                    o.moved && <span className="badge">Moved</span>
                  )}
                  {o.cancel_reason && <span className="meta"> – {o.cancel_reason}</span>}
                  {participant && active && o.status === 'scheduled' && (
                    <span className="row-actions">
                      <button
                        type="button"
                        className="button"
                        aria-label={`Move session on ${when}`}
                        onClick={() => setOpen({ id: o.id, mode: 'move' })}
                      >
                        Move
                      </button>
                      <button
                        type="button"
                        className="button button-danger"
                        aria-label={`Cancel session on ${when}`}
                        onClick={() => setOpen({ id: o.id, mode: 'cancel' })}
                      >
                        Cancel
                      </button>
                    </span>
                  )}
                  {open?.id === o.id && (
                    <OccurrenceForm
                      occurrence={o}
                      timeZone={zone}
                      mode={open.mode}
                      busy={busy}
                      onClose={() => setOpen(null)}
                      onSubmit={(startsAt, reason) =>
                        void act(
                          () =>
                            open.mode === 'move'
                              ? sessionsApi.moveSession(pairId, o.id, startsAt, reason)
                              : sessionsApi.cancelSession(pairId, o.id, reason),
                          open.mode === 'move' ? 'The session was moved; both calendars are updated.' : 'The session was cancelled.',
                        )
                      }
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="pair-past">
        <h2 id="pair-past">Past sessions</h2>
        {sessions.past.length === 0 ? (
          <p className="meta">None yet.</p>
        ) : (
          <ul className="session-list">
            {sessions.past.map((o) => {
              const mine = o.attendance.some((a) => a.side === sessions.viewer_side);
              const when = formatSessionTime(o.starts_at, zone);
              return (
                <li key={o.id} className={`session-item session-${o.status}`} data-testid={`past-${o.id}`}>
                  <a href={sessionHref(o)}>{when}</a>{' '}
                  {o.status === 'cancelled' ? (
                    <span className="badge">Cancelled{o.cancelled_by_side ? ` by the ${o.cancelled_by_side}` : ''}</span>
                  ) : (
                    <span className={`badge outcome-${o.outcome}`}>{OUTCOME_LABELS[o.outcome]}</span>
                  )}
                  {participant && o.status === 'scheduled' && o.attendance.length < 2 && !mine && (
                    <a className="button" href={sessionHref(o)} aria-label={`Confirm attendance of the session on ${when}`}>
                      Confirm attendance
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="pair-history">
        <h2 id="pair-history">History of changes</h2>
        <ol className="session-history" data-testid="session-history">
          {sessions.changes.map((c) => (
            <li key={c.id}>
              <strong>{CHANGE_LABELS[c.kind] ?? c.kind}</strong> by {actor(c)} on {formatSessionTime(c.at, zone)}
              {c.old_starts_at && c.new_starts_at && (
                <>
                  : {formatSessionTime(c.old_starts_at, zone)} → {formatSessionTime(c.new_starts_at, zone)}
                </>
              )}
              {c.kind === 'occurrence_cancelled' && c.old_starts_at && <>: {formatSessionTime(c.old_starts_at, zone)}</>}
              {c.reason && <> – “{c.reason}”</>}
            </li>
          ))}
        </ol>
      </section>

      <p>
        <a href={hrefFor({ name: 'my-pairs' })}>Back to my pairs</a>
      </p>
      <PairJournal pairId={pairId} />
    </>
  );
}
