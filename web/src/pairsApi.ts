// A pair after matching: declining with a private reason, the pair agreement (draft, edit, sign) and the
// enrolment funnel an administrator (or, as counts only, a sponsor) reads.
import { request } from './api/client';
import type { Complete, Schema } from './api/schema';
import type { Pair } from './features/matching/types';

/** The terms both people of a pair write down together. */
export type AgreementTerms = Omit<Schema<'PairAgreementInput'>, 'version'>;

/** GET/PUT /pairs/{id}/agreement: version 0 holds the programme's defaults until someone drafts it. */
export type PairAgreement = Complete<Omit<Schema<'PairAgreement'>, 'pair'>> & { pair: Pair };

export type EnrolmentFunnel = Complete<Schema<'EnrolmentFunnel'>>;
export type FunnelSide = EnrolmentFunnel['sides'][number];
export type FunnelStep = Omit<FunnelSide['steps'][number], 'people'> & {
  /** Who stands here: it is the furthest step they have done (absent for sponsors). */
  people?: FunnelPerson[];
};
export type FunnelStepName = FunnelStep['step'];
export type FunnelPerson = FunnelSide['steps'][number]['people'][number];

export const pairsApi = {
  /** Declines a proposed or accepted pair; the reason (optional) is read by administrators only. */
  decline: (pairId: number, reason: string) =>
    request<Pair>('POST', `/pairs/${pairId}/decline`, { body: reason.trim() ? { reason } : {} }),
  agreement: (pairId: number) => request<PairAgreement>('GET', `/pairs/${pairId}/agreement`),
  /** Saves the next version; `basedOn` is the version the edit started from (409 when someone saved since). */
  saveAgreement: (pairId: number, terms: AgreementTerms, basedOn: number) =>
    request<PairAgreement>('PUT', `/pairs/${pairId}/agreement`, { body: { ...terms, version: basedOn } }),
  /** Signs `version`: a stale version is refused (409), so both always sign the same text. */
  signAgreement: (pairId: number, version: number) =>
    request<PairAgreement>('POST', `/pairs/${pairId}/agreement/sign`, { body: { version } }),
  funnel: (programmeId: number) => request<EnrolmentFunnel>('GET', `/programmes/${programmeId}/funnel`),
};
