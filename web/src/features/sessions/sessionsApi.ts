// Blocked time: a pair's recurring series and its sessions (move, cancel, attendance, attributed history) and a
// programme's session policy (reminders, escalation thresholds, at-risk weeks).
import { request } from '../../api/client';
import type { ResponseOf, Schema } from '../../api/schema';

export type PairSessions = Schema<'PairSessions'>;
export type SessionSeries = Schema<'SessionSeries'>;
export type SessionOccurrence = Schema<'SessionOccurrence'>;
export type SessionAttendance = Schema<'SessionAttendance'>;
export type SessionChange = Schema<'SessionChange'>;
export type SessionOutcome = SessionOccurrence['outcome'];
export type Side = SessionAttendance['side'];
export type SideCounts = PairSessions['counts']['mentee'];

export interface SeriesMove {
  from_occurrence_id: number;
  weekday: string;
  start_time: string;
  time_zone?: string;
  reason: string;
}

export type SessionPolicy = ResponseOf<'/api/v1/programmes/{id}/session-policy', 'get'>;

export type SessionPolicyInput = Omit<SessionPolicy, 'programme_id' | 'updated_at'>;

export const sessionsApi = {
  pairSessions: (pairId: number) => request<PairSessions>('GET', `/pairs/${pairId}/sessions`),
  moveSeries: (pairId: number, move: SeriesMove) =>
    request<PairSessions>('PUT', `/pairs/${pairId}/series`, { body: move }),
  moveSession: (pairId: number, occurrenceId: number, startsAt: string, reason: string) =>
    request<PairSessions>('PUT', `/pairs/${pairId}/sessions/${occurrenceId}`, { body: { starts_at: startsAt, reason } }),
  cancelSession: (pairId: number, occurrenceId: number, reason: string) =>
    request<PairSessions>('POST', `/pairs/${pairId}/sessions/${occurrenceId}/cancel`, { body: { reason } }),
  confirmAttendance: (pairId: number, occurrenceId: number, tookPlace: boolean, absentSide: Side | 'both' | null) =>
    request<PairSessions>('POST', `/pairs/${pairId}/sessions/${occurrenceId}/attendance`, {
      body: { took_place: tookPlace, absent_side: absentSide },
    }),
  sessionPolicy: (programmeId: number) => request<SessionPolicy>('GET', `/programmes/${programmeId}/session-policy`),
  saveSessionPolicy: (programmeId: number, policy: SessionPolicyInput) =>
    request<SessionPolicy>('PUT', `/programmes/${programmeId}/session-policy`, { body: policy }),
};

/** The zone the viewer reads times in: their own side's zone from the directory, else the browser's. */
export function viewerTimeZone(sessions: PairSessions): string {
  const own =
    sessions.viewer_side === 'mentee'
      ? sessions.mentee_time_zone
      : sessions.viewer_side === 'mentor'
        ? sessions.mentor_time_zone
        : null;
  return own || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "Tue 3 Mar 2026, 09:30" in `timeZone`. */
export function formatSessionTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** The wall-clock parts of an instant in `timeZone`, for a datetime-local input ("2026-03-03T09:30"). */
export function toLocalInput(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A wall-clock "YYYY-MM-DDTHH:MM" in `timeZone` to an ISO instant, by correcting the zone's offset twice. */
export function fromLocalInput(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) return '';
  const offsetAt = (instant: number) => Date.parse(`${toLocalInput(new Date(instant).toISOString(), timeZone)}:00Z`) - instant;
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return new Date(guess).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const OUTCOME_LABELS: Record<SessionOutcome, string> = {
  pending: 'Waiting for confirmation',
  held: 'Held',
  missed_by_mentee: 'Missed by the mentee',
  missed_by_mentor: 'Missed by the mentor',
  missed_by_both: 'Missed by both',
  disputed: 'Confirmations disagree',
};

export const CHANGE_LABELS: Record<SessionChange['kind'], string> = {
  series_proposed: 'Series proposed',
  series_moved: 'Series moved',
  series_cancelled: 'Series cancelled',
  occurrence_moved: 'Session moved',
  occurrence_cancelled: 'Session cancelled',
};
