import { request, query, type Items } from '../../../api/client';
import type { Complete, CompleteExcept, ResponseOf } from '../../../api/schema';

// TODO(openapi): the health response marks no field required though the server writes them all, but for the
// filter (absent when none applies) and the at-risk pairs (absent when the caller may not see them).
type HealthAnswer = ResponseOf<'/api/v1/programmes/{id}/health', 'get'>;
type HealthResponse = Complete<Omit<HealthAnswer, 'filter' | 'at_risk'>>;

/** A figure resting on answers: null and withheld below the programme's anonymity threshold k, never zero. */
export type GuardedFigure = HealthResponse['pulses']['overall'];
export type HealthFunnelStep = HealthResponse['funnel'][number];
export type WeekSessions = HealthResponse['sessions'][number];
export type SideCounts = HealthResponse['cancellations'][number];
export type Correction = HealthResponse['corrections'][number];
export type PeriodFigures = Correction['before'];
export type QualityFigure = HealthResponse['qualities']['items'][number];

export type ProgrammeHealth = HealthResponse & {
  filter?: HealthAnswer['filter'];
  at_risk: CompleteExcept<NonNullable<HealthAnswer['at_risk']>, 'pairs'>;
};

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
