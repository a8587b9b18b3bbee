import { query, request, type Items } from '../../api/client';
import type {
  MatchProfile,
  MatchRequest,
  MatchRunSummary,
  MentorRecommendation,
  Pair,
  PairCheck,
  Proposal,
  PublishResult,
  RankingCandidate,
  RequestAnswer,
  RunDetail,
} from './types';

interface PairOfPeople {
  mentee: string;
  mentor: string;
}

/** Matching: an administrator's board, the pairs it publishes, and the participants' own steps. */
export const matchingApi = {
  // Matching: an administrator's board.
  listProfiles: (programmeId: number) =>
    request<Items<MatchProfile>>('GET', `/programmes/${programmeId}/profiles`).then((r) => r.items),
  runMatching: (programmeId: number) => request<MatchRunSummary>('POST', `/programmes/${programmeId}/match/runs`),
  latestRun: (programmeId: number) => request<RunDetail>('GET', `/programmes/${programmeId}/match/runs/latest`),
  pin: (programmeId: number, mentee: string, mentor: string) =>
    request<PairOfPeople>('POST', `/programmes/${programmeId}/match/pins`, { body: { mentee, mentor } }),
  unpin: (programmeId: number, mentee: string) =>
    request<null>('DELETE', `/programmes/${programmeId}/match/pins${query({ mentee })}`),
  forbid: (programmeId: number, mentee: string, mentor: string) =>
    request<PairOfPeople>('POST', `/programmes/${programmeId}/match/forbids`, { body: { mentee, mentor } }),
  unforbid: (programmeId: number, mentee: string, mentor: string) =>
    request<null>('DELETE', `/programmes/${programmeId}/match/forbids${query({ mentee, mentor })}`),
  swap: (programmeId: number, menteeA: string, menteeB: string) =>
    request<{ proposals: Proposal[] }>('POST', `/programmes/${programmeId}/match/swap`, {
      body: { mentee_a: menteeA, mentee_b: menteeB },
    }).then((r) => r.proposals),
  checkPair: (programmeId: number, mentee: string, mentor: string) =>
    request<PairCheck>('POST', `/programmes/${programmeId}/match/check`, { body: { mentee, mentor } }),
  publish: (programmeId: number) => request<PublishResult>('POST', `/programmes/${programmeId}/match/publish`),

  // Pairs and the participants' own steps.
  listPairs: (programmeId: number) =>
    request<Items<Pair>>('GET', `/programmes/${programmeId}/pairs`).then((r) => r.items),
  acceptPair: (pairId: number) => request<Pair>('POST', `/pairs/${pairId}/accept`),
  /** Declines a proposed or accepted pair; the reason (optional) is read by administrators only. */
  declinePair: (pairId: number, reason: string) =>
    request<Pair>('POST', `/pairs/${pairId}/decline`, { body: reason.trim() ? { reason } : {} }),
  recommendations: (programmeId: number, limit = 5) =>
    request<Items<MentorRecommendation>>('GET', `/programmes/${programmeId}/match/recommendations${query({ limit })}`).then(
      (r) => r.items,
    ),
  requestMentor: (programmeId: number, mentor: string) =>
    request<MatchRequest>('POST', `/programmes/${programmeId}/match/requests`, { body: { mentor } }),
  listRequests: (programmeId: number) =>
    request<Items<MatchRequest>>('GET', `/programmes/${programmeId}/match/requests`).then((r) => r.items),
  answerRequest: (programmeId: number, requestId: number, accept: boolean) =>
    request<RequestAnswer>('POST', `/programmes/${programmeId}/match/requests/${requestId}/answer`, { body: { accept } }),
  rankingCandidates: (programmeId: number) =>
    request<Items<RankingCandidate>>('GET', `/programmes/${programmeId}/match/candidates`).then((r) => r.items),
  saveRanking: (programmeId: number, ranking: string[]) =>
    request<{ ranking: string[] }>('PUT', `/programmes/${programmeId}/match/rankings`, { body: { ranking } }).then(
      (r) => r.ranking,
    ),
};

