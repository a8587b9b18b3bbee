import type { Complete, CompleteExcept, ResponseOf, Schema } from './api/schema';

export type Role = Schema<'Caller'>['role'];

/** The signed-in caller: who they are and the programmes they take part in. */
export type Me = CompleteExcept<Schema<'Caller'>, 'csrf_token'>;
export type User = Me;
export type LoginResponse = Complete<ResponseOf<'/api/v1/auth/login', 'post'>>;

export type RowError = Schema<'RowError'>;

/** RFC 9457 problem details, as returned by the API on errors. */
export type Problem = Partial<Schema<'Problem'>>;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export type Person = Schema<'Person'>;

export const MAPPING_FIELDS = [
  'employee_id',
  'name',
  'email',
  'grade',
  'title',
  'department',
  'location',
  'time_zone',
  'manager_id',
  'hire_date',
  'leaving_date',
  'left',
] as const;

export type MappingField = (typeof MAPPING_FIELDS)[number];

export type ImportRequest = Complete<Schema<'ImportRequest'>>;
export type ImportReport = Schema<'ImportReport'>;

export type MatchingMode = Schema<'Programme'>['matching_mode'];
export type ProgrammeStatus = Schema<'Programme'>['status'];

export type Programme = Complete<Schema<'Programme'>>;
export type Terminology = Programme['terminology'];

/** The fields a client may send when creating or editing a programme. */
export type ProgrammeInput = Schema<'ProgrammeFields'>;

export type ProgrammeTemplate = ResponseOf<'/api/v1/programme-templates', 'get'>[number];

// Matching

export type Side = Schema<'MatchProfileFields'>['side'];

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

