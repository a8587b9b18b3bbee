import type { Complete, CompleteExcept, ResponseOf, Schema } from '../../api/schema';

/** A pair's score split into its parts, in points (the parts add up to the score out of 100). */
export type ScoreParts = Complete<Schema<'ScoreParts'>>;
export type Proposal = Complete<Schema<'Proposal'>>;
export type ProposalSource = Proposal['source'];
export type UnmatchedParticipant = Complete<Schema<'UnmatchedParticipant'>>;

/** A run's summary: what an admin reads first. Scores in points, times ISO-8601 text. */
export type MatchRunSummary = Complete<Schema<'MatchRun'>>;
export type RejectedPin = MatchRunSummary['rejected_pins'][number];

/** A run with every proposal and every unmatched participant. */
export type RunDetail = Complete<Schema<'MatchRunDetail'>>;

export type PairCheck = Complete<ResponseOf<'/api/v1/programmes/{id}/match/check', 'post'>>;
export type PublishResult = Complete<ResponseOf<'/api/v1/programmes/{id}/match/publish', 'post'>>;

/** proposed until both accept; accepted while they draft and sign their agreement; active once both signed. */
export type Pair = CompleteExcept<Schema<'Pair'>, 'decline_reason' | 'created_at' | 'mentee_name' | 'mentor_name' | 'declined_by'>;
export type PairStatus = Pair['status'];

export type MatchProfile = CompleteExcept<Schema<'MatchProfile'>, 'languages' | 'topics' | 'availability' | 'preferences' | 'ranking' | 'updated_at'>;

/** Someone a member of a ranked programme may rank (GET /match/candidates). */
export type RankingCandidate = Complete<ResponseOf<'/api/v1/programmes/{id}/match/candidates', 'get'>>['items'][number];

export type MentorRecommendation = Complete<Schema<'Recommendation'>>;

export type MatchRequest = CompleteExcept<Schema<'MatchRequest'>, 'created_at' | 'answered_at'> & {
  // TODO(openapi): MatchRequest lacks mentee_name and mentor_name, which the requests list carries.
  mentee_name?: string | null;
  mentor_name?: string | null;
};
export type RequestStatus = MatchRequest['status'];

export type RequestAnswer = Complete<ResponseOf<'/api/v1/programmes/{id}/match/requests/{request_id}/answer', 'post'>>;
