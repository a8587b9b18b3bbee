// Screening of mentor applications: the questionnaire, an applicant's own answers and outcome, named
// reviewers, the review queue, scorecards and decisions.
import { request, query, type Items } from '../../api/client';
import type { Schema } from '../../api/schema';

export type Outcome = Schema<'ScorecardInput'>['recommendation'];
export type ApplicationStatus = Schema<'Application'>['status'];

export type ScreeningQuestion = Schema<'ScreeningQuestion'>;
export type Questionnaire = Schema<'Questionnaire'>;

/** A question as an admin edits it: an id keeps an existing question, none adds one. */
export type QuestionInput = Omit<Schema<'ScreeningQuestionInput'>, 'id'> & { id?: number };
export type ScreeningAnswer = Schema<'ScreeningAnswer'>;

/** An applicant's own screening: never scorecards, reviewers or other applicants. */
export type MyScreening = Schema<'MyScreening'>;

export type Reviewer = Schema<'ScreeningReviewer'>;
export type ReviewedProgramme = Schema<'ScreenedProgramme'>;
export type ScoreSummary = Schema<'ScoreSummary'>;

export type ReviewQueue = Schema<'ReviewQueue'>;
export type QueueItem = ReviewQueue['items'][number];
export type ApplicantPerson = NonNullable<QueueItem['person']>;

export type QueueFilter = 'awaiting' | 'decided' | 'all';

export type Review = Schema<'ScreeningReview'>;
export type ApplicationTopic = Schema<'ApplicationTopic'>;

/** Every scorecard for admins; a named reviewer gets only their own. */
export type ApplicationScreening = Schema<'ApplicationScreening'>;
export type AnsweredQuestion = ApplicationScreening['answers'][number];

export type ScorecardInput = Schema<'ScorecardInput'>;
export type DecisionResult = Schema<'ScreeningDecision'>;

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
