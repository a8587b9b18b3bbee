// Pulses, surveys and released ratings. A partner's ratings arrive only once both of a pair answered, and admins
// and sponsors see aggregates only: every figure is guarded by the programme's anonymity threshold k.
import { query, request, type Items } from '../../api/client';
import type { RequestOf, Schema } from '../../api/schema';

export type Pulse = Schema<'Pulse'>;

/** A new question's side and kind, as the document's request for adding one names them. */
export type QuestionInput = RequestOf<'/api/v1/programmes/{id}/surveys/{survey_id}/questions', 'post'>;
export type Audience = QuestionInput['audience'];
export type AnswerType = QuestionInput['answer_type'];

export type SurveyQuestion = Schema<'SurveyQuestion'>;
/** A survey as admins and sponsors see it: its questions and how many answered (never who). */
export type Survey = Schema<'SurveyAdminView'>;

export interface QuestionPatch {
  prompt?: string;
  choices?: string[];
  required?: boolean;
  archived?: boolean;
}

/** One answer as the respondent sends it. */
export type Answer = RequestOf<'/api/v1/surveys/{survey_id}/responses', 'post'>['answers'][number];

export type SurveyForm = Schema<'SurveyForm'>;
export type MySurvey = Schema<'MySurvey'>;
export type ReleasedFeedback = Schema<'ReleasedFeedback'>;
export type GuardedFigure = Schema<'GuardedFigure'>;
export type QuestionResult = Schema<'SurveyQuestionResult'>;
export type SurveyResults = Schema<'SurveyResults'>;

export interface ResultFilter {
  side?: string;
  department?: string;
  grade_band?: string;
}

const programmeSurveys = (programmeId: number) => `/programmes/${programmeId}/surveys`;

export const feedbackApi = {
  pulse: (pairId: number, occurrenceId: number) =>
    request<Pulse>('GET', `/pairs/${pairId}/sessions/${occurrenceId}/pulse`),
  submitPulse: (pairId: number, occurrenceId: number, usefulness: number, comment: string) =>
    request<Pulse>('POST', `/pairs/${pairId}/sessions/${occurrenceId}/pulse`, { body: { usefulness, comment } }),

  surveys: (programmeId: number) => request<Items<Survey>>('GET', programmeSurveys(programmeId)),
  /** Creates whichever of the mid-point and closing surveys the programme lacks (reading the list never does). */
  setUpStandardSurveys: (programmeId: number) =>
    request<Items<Survey>>('POST', `${programmeSurveys(programmeId)}/defaults`),
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
