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
