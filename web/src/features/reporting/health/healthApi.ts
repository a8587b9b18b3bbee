import { request, query, type Items } from '../../../api/client';
import type { ResponseOf } from '../../../api/schema';

/** GET /programmes/{id}/health: the at-risk pairs only for administrators (at_risk.pairs_included). */
export type ProgrammeHealth = ResponseOf<'/api/v1/programmes/{id}/health', 'get'>;

/** A figure resting on answers: null and withheld below the programme's anonymity threshold k, never zero. */
export type GuardedFigure = ProgrammeHealth['pulses']['overall'];
export type HealthFunnelStep = ProgrammeHealth['funnel'][number];
export type WeekSessions = ProgrammeHealth['sessions'][number];
export type SideCounts = ProgrammeHealth['cancellations'][number];
export type Correction = ProgrammeHealth['corrections'][number];
export type PeriodFigures = Correction['before'];
export type QualityFigure = ProgrammeHealth['qualities']['items'][number];

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
