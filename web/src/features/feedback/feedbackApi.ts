// Pulses, surveys and released ratings. A partner's ratings arrive only once both of a pair answered, and admins
// and sponsors see aggregates only: every figure is guarded by the programme's anonymity threshold k.
import { query, request, type Items } from '../../api/client';

// TODO(openapi): pulses, surveys, survey forms, results, my surveys and my feedback answer with empty objects in
// the document (no Pulse, Survey, SurveyQuestion, SurveyForm, MySurvey, ReleasedFeedback or SurveyResults schema),
// so their types are kept here.
export interface Pulse {
  occurrence_id: number;
  submitted: boolean;
  usefulness?: number;
  comment?: string;
  submitted_at?: string;
}

export type Audience = 'mentor' | 'mentee';
export type AnswerType = 'likert' | 'recommend' | 'choice' | 'text';

export interface SurveyQuestion {
  id: number;
  position: number;
  audience: Audience;
  answer_type: AnswerType;
  subject: 'partner' | 'self' | 'programme';
  quality: string | null;
  quality_label: string | null;
  topic: string | null;
  phase: 'before' | 'after' | null;
  prompt: string;
  choices: string[];
  required: boolean;
  archived: boolean;
}

export interface Survey {
  id: number;
  programme_id: number;
  kind: 'midpoint' | 'closing';
  title: string;
  status: 'draft' | 'open' | 'closed';
  opens_on: string;
  closes_on: string;
  questions: SurveyQuestion[];
  responses?: number;
  invitations_queued?: number;
}

export interface QuestionInput {
  audience: Audience;
  answer_type: AnswerType;
  prompt: string;
  choices?: string[];
  required: boolean;
}

export interface QuestionPatch {
  prompt?: string;
  choices?: string[];
  required?: boolean;
  archived?: boolean;
}

export interface Answer {
  question_id: number;
  number?: number | null;
  choice?: string | null;
  text?: string | null;
}

export interface SurveyForm {
  survey: Survey;
  pair_id: number;
  side: Audience;
  programme_name: string;
  answered: boolean;
  own_answers: Answer[];
  released: boolean;
}

export interface MySurvey {
  survey_id: number;
  title: string;
  kind: string;
  status: string;
  closes_on: string;
  programme_id: number;
  pair_id: number;
  side: Audience;
  answered: boolean;
}

export interface ReleasedFeedback {
  pair_id: number;
  programme_id: number;
  survey_id: number;
  survey_title: string;
  kind: string;
  from: string;
  released: boolean;
  withheld_reason: string | null;
  ratings: { quality: string; label: string; rating: number }[];
}

export interface GuardedFigure {
  value: number | null;
  count: number;
  withheld: boolean;
  withheld_reason: string | null;
}

export interface QuestionResult extends SurveyQuestion {
  responses: number;
  withheld: boolean;
  withheld_reason: string | null;
  mean: GuardedFigure | null;
  distribution: { value: string; count: number }[];
  texts: string[];
}

export interface ResultFilter {
  side?: string;
  department?: string;
  grade_band?: string;
}

export interface SurveyResults {
  survey: Omit<Survey, 'questions'>;
  k: number;
  filter: { side: string | null; department: string | null; grade_band: string | null };
  departments: string[];
  questions: QuestionResult[];
}

const programmeSurveys = (programmeId: number) => `/programmes/${programmeId}/surveys`;

export const feedbackApi = {
  pulse: (pairId: number, occurrenceId: number) =>
    request<Pulse>('GET', `/pairs/${pairId}/sessions/${occurrenceId}/pulse`),
  submitPulse: (pairId: number, occurrenceId: number, usefulness: number, comment: string) =>
    request<Pulse>('POST', `/pairs/${pairId}/sessions/${occurrenceId}/pulse`, { body: { usefulness, comment } }),

  surveys: (programmeId: number) => request<Items<Survey>>('GET', programmeSurveys(programmeId)),
  updateSurvey: (programmeId: number, surveyId: number, patch: { title?: string; opens_on?: string; closes_on?: string }) =>
    request<Survey>('PATCH', `${programmeSurveys(programmeId)}/${surveyId}`, { body: patch }),
  openSurvey: (programmeId: number, surveyId: number) =>
    request<Survey>('POST', `${programmeSurveys(programmeId)}/${surveyId}/open`),
  closeSurvey: (programmeId: number, surveyId: number) =>
    request<Survey>('POST', `${programmeSurveys(programmeId)}/${surveyId}/close`),
  addQuestion: (programmeId: number, surveyId: number, question: QuestionInput) =>
    request<Survey>('POST', `${programmeSurveys(programmeId)}/${surveyId}/questions`, { body: question }),
  editQuestion: (programmeId: number, surveyId: number, questionId: number, patch: QuestionPatch) =>
    request<Survey>('PATCH', `${programmeSurveys(programmeId)}/${surveyId}/questions/${questionId}`, { body: patch }),
  reorder: (programmeId: number, surveyId: number, questionIds: number[]) =>
    request<Survey>('PUT', `${programmeSurveys(programmeId)}/${surveyId}/order`, { body: { question_ids: questionIds } }),
  results: (programmeId: number, surveyId: number, filter: ResultFilter) =>
    request<SurveyResults>(
      'GET',
      `${programmeSurveys(programmeId)}/${surveyId}/results${query({ side: filter.side, department: filter.department, grade_band: filter.grade_band })}`,
    ),

  form: (surveyId: number, pairId: number) => request<SurveyForm>('GET', `/surveys/${surveyId}/pairs/${pairId}`),
  respond: (surveyId: number, pairId: number, answers: Answer[]) =>
    request<SurveyForm>('POST', `/surveys/${surveyId}/responses`, { body: { pair_id: pairId, answers } }),
  mySurveys: () => request<Items<MySurvey>>('GET', '/me/surveys'),
  myFeedback: () => request<Items<ReleasedFeedback>>('GET', '/me/feedback'),
};
