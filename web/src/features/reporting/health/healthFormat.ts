import type { GuardedFigure } from './healthApi';

/** A guarded figure for people: the value with its answer count, or why it is withheld (never zero). */
export function figureText(figure: GuardedFigure, k: number, digits = 1, suffix = ''): string {
  if (figure.withheld || figure.value === null) {
    if (figure.withheld_reason?.includes('filter')) return `withheld (the filter would narrow it below ${k} answers)`;
    return `withheld (fewer than ${k} answers)`;
  }
  return `${figure.value.toFixed(digits)}${suffix} (${figure.count} answers)`;
}

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

const STEP_LABELS: Record<string, string> = {
  invited: 'Invited',
  applied: 'Applied',
  approved: 'Approved',
  trained: 'Trained',
  matched: 'Matched',
  agreement_signed: 'Agreement signed',
  active: 'Active',
  completed: 'Completed',
};

export function stepLabel(step: string): string {
  return STEP_LABELS[step] ?? step;
}

/** "listen_and_understand" → "Listen and understand". */
export function qualityLabel(quality: string): string {
  const words = quality.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function sideLabel(side: string): string {
  const labels: Record<string, string> = {
    mentee: 'Mentee',
    mentor: 'Mentor',
    both: 'Both',
    admin: 'Administrator',
    system: 'System',
    all: 'All',
  };
  return labels[side] ?? side;
}
