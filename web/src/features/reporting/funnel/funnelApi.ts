// The enrolment funnel an administrator (or, as counts only, a sponsor) reads.
import { request } from '../../../api/client';
import type { Schema } from '../../../api/schema';

export type EnrolmentFunnel = Schema<'EnrolmentFunnel'>;
export type FunnelSide = EnrolmentFunnel['sides'][number];
/** A step with, but for sponsors, its `people`: who stands here, it being the furthest step they have done. */
export type FunnelStep = FunnelSide['steps'][number];
export type FunnelStepName = FunnelStep['step'];
export type FunnelPerson = NonNullable<FunnelStep['people']>[number];

export const funnelApi = {
  funnel: (programmeId: number) => request<EnrolmentFunnel>('GET', `/programmes/${programmeId}/funnel`),
};
