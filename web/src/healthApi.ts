import { request, query, type Items } from './api/client';

/** A figure resting on answers: null and withheld below the programme's anonymity threshold k, never zero. */
export interface GuardedFigure {
  value: number | null;
  count: number;
  withheld: boolean;
  withheld_reason?: string;
}

export interface HealthFunnelStep {
  step: string;
  mentors: number;
  mentees: number;
}

export interface WeekSessions {
  week: string;
  planned: number;
  held: number;
  cancelled: number;
  held_rate: number | null;
}

export interface SideCounts {
  side: string;
  cancellations: number;
  no_shows: number;
}

export interface PeriodFigures {
  from: string;
  to: string;
  planned: number;
  held: number;
  held_rate: number | null;
  cancellations: number;
  pulse_mean: GuardedFigure;
}

export interface Correction {
  id: number;
  effective_on: string;
  what_changed: string;
  reason: string;
  recorded_by: string;
  recorded_at: number;
  weeks: number;
  before: PeriodFigures;
  after: PeriodFigures;
}

export interface AtRiskPair {
  pair_id: number;
  mentee: string;
  mentor: string;
  last_held_at: number | null;
  reasons: { code: string; text: string }[];
}

export interface QualityFigure {
  quality: string;
  rated_side: string;
  mean: GuardedFigure;
  difference: number | null;
}

export interface ProgrammeHealth {
  programme_id: number;
  programme_name: string;
  anonymity_k: number;
  generated_at: number;
  people_included: boolean;
  filter: { side?: string; survey?: string };
  funnel: HealthFunnelStep[];
  sessions: WeekSessions[];
  cancellations: SideCounts[];
  goals: { side: string; mean_percent: GuardedFigure }[];
  pulses: { weeks: { week: string; mean: GuardedFigure }[]; overall: GuardedFigure };
  qualities: { items: QualityFigure[]; programme_mean: GuardedFigure; surveys: { survey: string; mean: GuardedFigure }[] };
  at_risk: { count: number; pairs_included: boolean; pairs?: AtRiskPair[] };
  corrections: Correction[];
}

export interface HealthFilter {
  side?: '' | 'mentor' | 'mentee';
  survey?: '' | 'midpoint' | 'closing';
}

export interface CorrectionInput {
  effective_on: string;
  what_changed: string;
  reason: string;
}

export type HealthElement =
  | 'funnel'
  | 'sessions'
  | 'cancellations'
  | 'goals'
  | 'pulses'
  | 'qualities'
  | 'at_risk'
  | 'corrections';

export const healthApi = {
  health: (programmeId: number, filter: HealthFilter = {}, weeks?: number) =>
    request<ProgrammeHealth>('GET', `/programmes/${programmeId}/health${query({ ...filter, weeks })}`),
  corrections: (programmeId: number, weeks?: number) =>
    request<Items<Correction>>('GET', `/programmes/${programmeId}/corrections${query({ weeks })}`).then((r) => r.items),
  recordCorrection: (programmeId: number, body: CorrectionInput) =>
    request<Correction>('POST', `/programmes/${programmeId}/corrections`, { body }),
  deleteCorrection: (programmeId: number, correctionId: number) =>
    request<null>('DELETE', `/programmes/${programmeId}/corrections/${correctionId}`),
  /** Where the browser downloads one element as CSV (the session cookie authenticates the GET). */
  csvHref: (programmeId: number, element: HealthElement, filter: HealthFilter = {}, weeks?: number) =>
    `/api/v1/programmes/${programmeId}/health.csv${query({ element, ...filter, weeks })}`,
};
