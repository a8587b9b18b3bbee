// A pair after matching: declining with a private reason, the pair agreement (draft, edit, sign) and the
// enrolment funnel an administrator (or, as counts only, a sponsor) reads.
import { request } from './api';
import type { Pair } from './types';

/** The terms both people of a pair write down together. */
export interface AgreementTerms {
  mentee_goals: string;
  mentor_goals: string;
  /** Topics in scope, from the programme's catalogue: advice stays within them. */
  topics: string[];
  cadence_days: number;
  confidentiality_statement: string;
}

/** GET/PUT /pairs/{id}/agreement: version 0 holds the programme's defaults until someone drafts it. */
export interface PairAgreement extends AgreementTerms {
  pair: Pair;
  version: number;
  drafted: boolean;
  updated_at: string | null;
  mentee_signed_at: string | null;
  mentor_signed_at: string | null;
  /** The programme's topic catalogue to choose from. */
  catalogue: string[];
}

export type FunnelStepName =
  | 'invited'
  | 'accepted_invitation'
  | 'applied'
  | 'approved'
  | 'trained'
  | 'ground_rules_acknowledged'
  | 'matched'
  | 'agreement_signed';

export interface FunnelPerson {
  employee_id: string;
  name: string;
  /** What blocks their next step; null once every step is done. */
  blocked_on: string | null;
}

export interface FunnelStep {
  step: FunnelStepName;
  /** Everybody who has done this step. */
  count: number;
  /** Who stands here: it is the furthest step they have done (absent for sponsors). */
  people?: FunnelPerson[];
}

export interface FunnelSide {
  side: 'mentor' | 'mentee';
  steps: FunnelStep[];
}

export interface EnrolmentFunnel {
  programme_id: number;
  /** False for sponsors: counts only. */
  people_included: boolean;
  sides: FunnelSide[];
}

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
