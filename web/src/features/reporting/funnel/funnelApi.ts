// The enrolment funnel an administrator (or, as counts only, a sponsor) reads.
import { request } from '../../../api/client';
import type { Complete, Schema } from '../../../api/schema';

export type EnrolmentFunnel = Complete<Schema<'EnrolmentFunnel'>>;
export type FunnelSide = EnrolmentFunnel['sides'][number];
export type FunnelStep = Omit<FunnelSide['steps'][number], 'people'> & {
  /** Who stands here: it is the furthest step they have done (absent for sponsors). */
  people?: FunnelPerson[];
};
export type FunnelStepName = FunnelStep['step'];
export type FunnelPerson = FunnelSide['steps'][number]['people'][number];

export const funnelApi = {
  funnel: (programmeId: number) => request<EnrolmentFunnel>('GET', `/programmes/${programmeId}/funnel`),
};
