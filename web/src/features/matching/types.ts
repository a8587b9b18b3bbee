import type { ResponseOf, Schema } from '../../api/schema';

/** A pair's score split into its parts, in points (the parts add up to the score out of 100). */
export type ScoreParts = Schema<'ScoreParts'>;
export type Proposal = Schema<'Proposal'>;
export type ProposalSource = Proposal['source'];
export type UnmatchedParticipant = Schema<'UnmatchedParticipant'>;

/** A run's summary: what an admin reads first. Scores in points, times ISO-8601 text. */
export type MatchRunSummary = Schema<'MatchRun'>;
export type RejectedPin = MatchRunSummary['rejected_pins'][number];

/** A run with every proposal and every unmatched participant. */
export type RunDetail = Schema<'MatchRunDetail'>;

export type PairCheck = ResponseOf<'/api/v1/programmes/{id}/match/check', 'post'>;
export type PublishResult = ResponseOf<'/api/v1/programmes/{id}/match/publish', 'post'>;

/** proposed until both accept; accepted while they draft and sign their agreement; active once both signed. */
export type Pair = Schema<'Pair'>;
export type PairStatus = Pair['status'];

export type MatchProfile = Schema<'MatchProfile'>;

/** Someone a member of a ranked programme may rank (GET /match/candidates). */
export type RankingCandidate = ResponseOf<'/api/v1/programmes/{id}/match/candidates', 'get'>['items'][number];

export type MentorRecommendation = Schema<'Recommendation'>;

export type MatchRequest = Schema<'MatchRequest'> & {
  // TODO(openapi): MatchRequest lacks mentee_name and mentor_name, which the requests list carries.
  mentee_name?: string | null;
  mentor_name?: string | null;
};
export type RequestStatus = MatchRequest['status'];

export type RequestAnswer = ResponseOf<'/api/v1/programmes/{id}/match/requests/{request_id}/answer', 'post'>;
