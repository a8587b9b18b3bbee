// A programme's pairs at risk: administrators in full, sponsors as a count.
import { request } from '../../../api/client';
import type { Schema } from '../../../api/schema';

/** GET /programmes/{id}/pairs-at-risk: items only for administrators (pairs_included). */
export type PairsAtRisk = Schema<'PairsAtRisk'>;
export type PairAtRisk = NonNullable<PairsAtRisk['items']>[number];
export type AtRiskCode = PairAtRisk['reasons'][number]['code'];

export const atRiskApi = {
  pairsAtRisk: (programmeId: number) => request<PairsAtRisk>('GET', `/programmes/${programmeId}/pairs-at-risk`),
};
