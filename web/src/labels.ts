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
