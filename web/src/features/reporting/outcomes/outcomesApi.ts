// A programme's outcomes (retention, learning, mentor growth, insights) and, for the printable report, its
// health figures. Administrators and sponsors only; every figure is guarded by the programme's anonymity threshold.
import { ApiError, request } from '../../../api/client';
import type { ResponseOf } from '../../../api/schema';

/** GET /programmes/{id}/outcomes */
export type ProgrammeOutcomes = ResponseOf<'/api/v1/programmes/{id}/outcomes', 'get'>;

/** A figure shown only when at least k stand behind it: `value` is null (never zero) below k, with the reason. */
export type GuardedFigure = ProgrammeOutcomes['mentor_growth'];
export type RetentionComparison = ProgrammeOutcomes['retention'];
export type RetentionGroup = RetentionComparison['participants'];
export type TopicLearning = ProgrammeOutcomes['learning'][number];
export type InsightOutcomes = ProgrammeOutcomes['insights'];
export type InsightStatus = 'planned' | 'tried' | 'adopted' | 'dropped';

export type OutcomesSection = 'retention' | 'learning' | 'mentor_growth' | 'insights';

/** The health figures come from the health dashboard's API; absent until it is there. */
export type HealthResult = { available: true; health: unknown } | { available: false; reason: string };

export const outcomesApi = {
  outcomes: (programmeId: number) => request<ProgrammeOutcomes>('GET', `/programmes/${programmeId}/outcomes`),

  /** The CSV export's address (a plain link: the browser sends the session cookie and saves the attachment). */
  csvHref: (programmeId: number, section?: OutcomesSection) =>
    `/api/v1/programmes/${programmeId}/outcomes.csv${section ? `?section=${section}` : ''}`,

  /** The health dashboard's figures, or why they cannot be shown (not built on this server, refused, failed). */
  health: async (programmeId: number): Promise<HealthResult> => {
    try {
      return { available: true, health: await request<unknown>('GET', `/programmes/${programmeId}/health`) };
    } catch (error) {
      if (error instanceof ApiError) {
        const reason =
          error.status === 404 || error.status === 405 || error.status === 409 || error.status === 501
            ? 'The health figures are not available on this server yet.'
            : `The health figures could not be loaded: ${error.message}`;
        return { available: false, reason };
      }
      return { available: false, reason: 'The health figures could not be loaded.' };
    }
  },
};
