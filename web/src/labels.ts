import type { MatchingMode, ProgrammeStatus } from './types';

export const MATCHING_MODE_LABELS: Record<MatchingMode, string> = {
  assigned: 'Assigned by an administrator',
  self_selected: 'Self-selected',
  ranked: 'Ranked preferences',
};

export const STATUS_LABELS: Record<ProgrammeStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  archived: 'Archived',
};

export const CADENCE_OPTIONS: { days: number; label: string }[] = [
  { days: 7, label: 'Weekly' },
  { days: 14, label: 'Fortnightly' },
  { days: 28, label: 'Every four weeks' },
  { days: 30, label: 'Monthly' },
];

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Points (a score out of 100, or a part of one) to one decimal place, e.g. "82.4". */
export function formatPoints(points: number | null | undefined): string {
  if (points === null || points === undefined || Number.isNaN(points)) return '—';
  return points.toFixed(1);
}

export const SCORE_PART_LABELS: Record<string, string> = {
  topics: 'Topic coverage',
  availability: 'Availability overlap',
  timezone: 'Time-zone distance',
  cross_department: 'Cross-department',
  preference: 'Preferences',
};

export const UNMATCHED_REASON_LABELS: Record<string, string> = {
  not_eligible: 'Not eligible yet',
  no_eligible_candidate: 'No eligible candidate',
  forbidden_by_admin: 'Every candidate forbidden by an administrator',
  all_candidates_taken: 'All candidates taken',
  not_selected: 'Not selected',
  not_in_directory: 'Not in the directory',
};

export const PAIR_STATUS_LABELS: Record<string, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  active: 'Active',
  declined: 'Declined',
  ended: 'Ended',
};

export const PROPOSAL_SOURCE_LABELS: Record<string, string> = {
  solver: 'Proposed by matching',
  pin: 'Pinned',
  swap: 'Swapped',
};

/** A snake_case code as words, for codes without a label. */
export function humanise(code: string): string {
  const words = code.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An ISO-8601 timestamp as a local date and time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
