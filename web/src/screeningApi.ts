// Screening of mentor applications: the questionnaire, an applicant's own answers and outcome, named
// reviewers, the review queue, scorecards and decisions.
import { request, query, type Items } from './api';

export type Outcome = 'approve' | 'wait_list' | 'decline';
export type ApplicationStatus = 'submitted' | 'approved' | 'wait_listed' | 'declined' | 'withdrawn';

export interface ScreeningQuestion {
  id: number;
  position: number;
  quality: string;
  prompt: string;
}

export interface Questionnaire extends Items<ScreeningQuestion> {
  qualities: string[];
}

/** A question as an admin edits it: an id keeps an existing question, none adds one. */
export interface QuestionInput {
  id?: number;
  quality: string;
  prompt: string;
}

export interface ScreeningAnswer {
  question_id: number;
  answer: string;
}

/** An applicant's own screening: never scorecards, reviewers or other applicants. */
export interface MyScreening {
  questions: ScreeningQuestion[];
  application: {
    id: number;
    side: 'mentor' | 'mentee';
    status: ApplicationStatus;
    decision_reason: string | null;
    decided_at: string | null;
    submitted_at: string;
  } | null;
  answers: ScreeningAnswer[];
  editable: boolean;
}

export interface Reviewer {
  user_id: number;
  email: string;
  display_name: string;
  employee_id: string | null;
}

export interface ReviewedProgramme {
  programme_id: number;
  name: string;
  status: string;
  awaiting_decision: number;
}

export interface ScoreSummary {
  reviews: number;
  average_by_quality: Record<string, number>;
  overall: number | null;
  recommendations: Record<Outcome, number>;
}

export interface ApplicantPerson {
  employee_id: string;
  name: string;
  title: string;
  department: string;
  grade: number;
  location: string;
  time_zone: string;
  active: boolean;
}

export interface QueueItem {
  application_id: number;
  employee_id: string;
  person: ApplicantPerson | null;
  status: ApplicationStatus;
  submitted_at: string;
  updated_at: string;
  decided_at: string | null;
  answered: boolean;
  reviewed_by_me: boolean;
  scores: ScoreSummary;
}

export interface ReviewQueue extends Items<QueueItem> {
  qualities: string[];
  /** Applications left out because the caller may not review them (their own or their reporting line). */
  withheld: number;
}

export type QueueFilter = 'awaiting' | 'decided' | 'all';

export interface Review {
  application_id: number;
  reviewer_user_id: number;
  reviewer_name: string;
  mine: boolean;
  scores: Record<string, number>;
  recommendation: Outcome;
  comment: string;
  created_at: string;
  updated_at: string;
}

export interface ApplicationTopic {
  topic: string;
  level?: number;
  evidence?: string;
  priority?: number;
}

export interface ApplicationDetail {
  id: number;
  programme_id: number;
  employee_id: string;
  side: 'mentor' | 'mentee';
  status: ApplicationStatus;
  topics: ApplicationTopic[];
  languages: string[];
  availability: { day: string; start: string; end: string }[];
  motivation: string;
  goals: string;
  decision_reason: string | null;
  decided_at: string | null;
  submitted_at: string;
  updated_at: string;
}

export interface AnsweredQuestion {
  question_id: number;
  /** Null for a question removed from the questionnaire since it was answered. */
  quality: string | null;
  prompt: string | null;
  answer: string;
}

export interface ApplicationScreening {
  application: ApplicationDetail;
  person: ApplicantPerson | null;
  qualities: string[];
  answers: AnsweredQuestion[];
  /** Every scorecard for admins; a named reviewer gets only their own. */
  reviews: Review[];
  scores: ScoreSummary;
  can_review: boolean;
  can_decide: boolean;
  decided_by_name: string | null;
}

export interface ScorecardInput {
  scores: Record<string, number>;
  recommendation: Outcome;
  comment: string;
}

export interface DecisionResult {
  application: { id: number; status: ApplicationStatus; decision_reason: string; decided_at: string | null };
  mail_queued: boolean;
}

const base = (programmeId: number) => `/programmes/${programmeId}/screening`;

export const screeningApi = {
  questions: (programmeId: number) => request<Questionnaire>('GET', `${base(programmeId)}/questions`),
  replaceQuestions: (programmeId: number, questions: QuestionInput[]) =>
    request<Questionnaire>('PUT', `${base(programmeId)}/questions`, { body: { questions } }),

  mine: (programmeId: number) => request<MyScreening>('GET', `${base(programmeId)}/mine`),
  saveMyAnswers: (programmeId: number, answers: ScreeningAnswer[]) =>
    request<MyScreening>('PUT', `${base(programmeId)}/mine/answers`, { body: { answers } }),

  reviewedProgrammes: () => request<Items<ReviewedProgramme>>('GET', '/screening/programmes').then((r) => r.items),
  reviewers: (programmeId: number) =>
    request<Items<Reviewer>>('GET', `${base(programmeId)}/reviewers`).then((r) => r.items),
  addReviewer: (programmeId: number, email: string) =>
    request<Reviewer>('POST', `${base(programmeId)}/reviewers`, { body: { email } }),
  removeReviewer: (programmeId: number, userId: number) =>
    request<null>('DELETE', `${base(programmeId)}/reviewers/${userId}`),

  queue: (programmeId: number, status: QueueFilter) =>
    request<ReviewQueue>('GET', `${base(programmeId)}/applications${query({ status })}`),
  application: (programmeId: number, applicationId: number) =>
    request<ApplicationScreening>('GET', `${base(programmeId)}/applications/${applicationId}`),
  saveReview: (programmeId: number, applicationId: number, scorecard: ScorecardInput) =>
    request<Review>('PUT', `${base(programmeId)}/applications/${applicationId}/review`, { body: scorecard }),
  decide: (programmeId: number, applicationId: number, decision: Outcome, reason: string) =>
    request<DecisionResult>('POST', `${base(programmeId)}/applications/${applicationId}/decision`, {
      body: { decision, reason },
    }),
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  approve: 'Approve',
  wait_list: 'Wait-list',
  decline: 'Decline',
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: 'Awaiting decision',
  approved: 'Approved',
  wait_listed: 'Wait-listed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** "patience" → "Patience". */
export function qualityLabel(quality: string): string {
  return quality ? quality.charAt(0).toUpperCase() + quality.slice(1) : quality;
}

/** An average score to one decimal, or a dash without reviews. */
export function formatAverage(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

/** The field an API error names ("answers[1].answer"), if any. */
export function problemField(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'problem' in error) {
    const problem = (error as { problem?: { field?: unknown } }).problem;
    if (problem && typeof problem.field === 'string') return problem.field;
  }
  return undefined;
}
