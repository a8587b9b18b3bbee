// The pair agreement: both people draft and edit it, then both sign the same version.
import { request } from '../../api/client';
import type { Schema } from '../../api/schema';
import type { Pair } from '../matching/types';

/** The terms both people of a pair write down together. */
export type AgreementTerms = Omit<Schema<'PairAgreementInput'>, 'version'>;

/** GET/PUT /pairs/{id}/agreement: version 0 holds the programme's defaults until someone drafts it. */
export type PairAgreement = Omit<Schema<'PairAgreement'>, 'pair'> & { pair: Pair };

export const agreementsApi = {
  agreement: (pairId: number) => request<PairAgreement>('GET', `/pairs/${pairId}/agreement`),
  /** Saves the next version; `basedOn` is the version the edit started from (409 when someone saved since). */
  saveAgreement: (pairId: number, terms: AgreementTerms, basedOn: number) =>
    request<PairAgreement>('PUT', `/pairs/${pairId}/agreement`, { body: { ...terms, version: basedOn } }),
  /** Signs `version`: a stale version is refused (409), so both always sign the same text. */
  signAgreement: (pairId: number, version: number) =>
    request<PairAgreement>('POST', `/pairs/${pairId}/agreement/sign`, { body: { version } }),
};
