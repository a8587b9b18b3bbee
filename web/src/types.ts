export type Role = 'admin' | 'sponsor' | 'participant';

export interface User {
  id: number | string;
  email: string;
  role: Role;
  display_name: string;
}

export interface Me extends User {
  person_id: string | null;
  csrf_token?: string;
  programmes: { programme_id: number; role: string }[];
}

export interface LoginResponse {
  user: User;
  csrf_token: string;
}

export interface RowError {
  row: number;
  field: string;
  reason: string;
}

/** RFC 9457 problem details, as returned by the API on errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  field?: string;
  errors?: RowError[];
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface Person {
  employee_id: string;
  name: string | null;
  email: string | null;
  grade: number | null;
  title: string | null;
  department: string | null;
  location: string | null;
  time_zone: string | null;
  manager_id: string | null;
  hire_date: string | null;
  leaving_date: string | null;
  left: boolean | null;
  active: boolean;
}

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

export interface ImportRequest {
  csv: string;
  mapping: Partial<Record<MappingField, string>>;
  full: boolean;
  dry_run: boolean;
  skip_bad_rows: boolean;
}

export interface ImportReport {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  errors: RowError[];
  applied: boolean;
}

export type MatchingMode = 'assigned' | 'self_selected' | 'ranked';
export type ProgrammeStatus = 'draft' | 'active' | 'archived';

export interface Terminology {
  mentor: string;
  mentee: string;
  programme: string;
}

export interface Programme {
  id: number;
  name: string;
  purpose: string;
  goals: string[];
  ground_rules: string[];
  starts_on: string;
  ends_on: string;
  cadence_days: number;
  session_minutes: number;
  matching_mode: MatchingMode;
  max_mentor_grade: number | null;
  min_grade_gap: number;
  exclude_same_department: boolean;
  topics: string[];
  terminology: Terminology;
  anonymity_k: number;
  confidentiality_policy: string;
  /** YYYY-MM-DD, the last day applications may be submitted or edited; null for none. */
  application_deadline: string | null;
  require_training: boolean;
  require_mentor_approval: boolean;
  status: ProgrammeStatus;
  template: string | null;
  created_at: string;
  updated_at: string;
}

/** The fields a client may send when creating or editing a programme. */
export type ProgrammeInput = Partial<
  Omit<Programme, 'id' | 'status' | 'created_at' | 'updated_at' | 'terminology'> & {
    terminology: Partial<Terminology>;
  }
>;

export interface ProgrammeTemplate {
  key: string;
  name: string;
  programme: ProgrammeInput;
}

// Matching

export type Side = 'mentor' | 'mentee';

/** A pair's score split into its parts, in points (the parts add up to the score out of 100). */
export interface ScoreParts {
  topics: number;
  availability: number;
  timezone: number;
  cross_department: number;
  preference: number;
}

export type ProposalSource = 'solver' | 'pin' | 'swap';

export interface Proposal {
  mentee: string;
  mentor: string;
  /** Points out of 100. */
  score: number;
  parts: ScoreParts;
  source: ProposalSource | string;
}

export interface UnmatchedParticipant {
  employee_id: string;
  side: Side;
  reason: string;
  detail: string;
}

export interface RejectedPin {
  mentee: string;
  mentor: string;
  rule: string;
  detail: string;
}

/** A run's summary: what an admin reads first. Scores in points, times ISO-8601 text. */
export interface MatchRunSummary {
  id: number;
  programme_id: number;
  mode: string;
  created_at: string;
  duration_ms: number;
  mentees: number;
  mentors: number;
  pairs: number;
  total_score: number;
  unmatched_mentees: Record<string, number>;
  unmatched_mentors: Record<string, number>;
  rejected_pins: RejectedPin[];
  published_at: string | null;
}

/** A run with every proposal and every unmatched participant. */
export interface RunDetail extends MatchRunSummary {
  proposals: Proposal[];
  unmatched: UnmatchedParticipant[];
}

export interface PairCheck {
  allowed: boolean;
  rule: string;
  detail: string;
}

export interface PublishResult {
  run_id: number;
  pairs_created: number;
  already_published: boolean;
}

/** proposed until both accept; accepted while they draft and sign their agreement; active once both signed. */
export type PairStatus = 'proposed' | 'accepted' | 'active' | 'declined' | 'ended';

export interface Pair {
  id: number;
  programme_id: number;
  mentee: string;
  mentor: string;
  status: PairStatus;
  score: number | null;
  mentee_accepted_at: string | null;
  mentor_accepted_at: string | null;
  created_at?: string;
  mentee_name?: string | null;
  mentor_name?: string | null;
  /** Who declined it, once declined. */
  declined_by?: 'mentee' | 'mentor' | null;
  /** The decliner's private reason: present only in the pairs an administrator reads. */
  decline_reason?: string;
}

export interface MatchProfile {
  employee_id: string;
  side: Side;
  capacity: number;
  eligible: boolean;
}

/** Someone a member of a ranked programme may rank (GET /match/candidates). */
export interface RankingCandidate {
  employee_id: string;
  name: string;
  title: string;
  department: string;
  score: number;
  rank: number | null;
}

export interface MentorRecommendation {
  /** The mentor's employee id. */
  mentor: string;
  name: string;
  title: string;
  department: string;
  parts: ScoreParts;
  score: number;
  reasons: string[];
}

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export interface MatchRequest {
  id: number;
  programme_id: number;
  mentee: string;
  mentor: string;
  status: RequestStatus;
  mentee_name?: string | null;
  mentor_name?: string | null;
}

export interface RequestAnswer {
  request: MatchRequest;
  pair: Pair | null;
}
