import { request, query, type Items } from './api';

export type TrainingRole = 'mentor' | 'mentee';
export type TrainingStatus = 'not_started' | 'failed' | 'passed';

/** A quiz question as admins write it: `answer` is the index of the right option. */
export interface QuizQuestion {
  question: string;
  options: string[];
  answer: number;
}

/** A quiz question as participants see it: never with its answer. */
export interface QuizQuestionShown {
  question: string;
  options: string[];
}

interface ModuleSummary {
  id: number;
  programme_id: number;
  role: TrainingRole;
  position: number;
  title: string;
  pass_mark: number;
  question_count: number;
  updated_at: string;
}

/** A module as admins read it. */
export interface TrainingModule extends ModuleSummary {
  body_markdown: string;
  /** Sanitised by the server. */
  html: string;
  quiz: QuizQuestion[];
  created_at: string;
  archived_at: string | null;
}

/** A module as its participant reads it. */
export interface MyTrainingModule extends ModuleSummary {
  /** Sanitised by the server. */
  html: string;
  quiz: QuizQuestionShown[];
  status: TrainingStatus;
  attempts: number;
  best_score: number | null;
}

export interface MyTraining {
  items: MyTrainingModule[];
  complete: boolean;
}

export interface TrainingModuleInput {
  role?: TrainingRole;
  title: string;
  body_markdown: string;
  quiz: QuizQuestion[];
  pass_mark: number;
}

export interface AttemptOutcome {
  id: number;
  module_id: number;
  score: number;
  passed: boolean;
  pass_mark: number;
  correct: number;
  total: number;
  /** 0-based indices of the questions answered wrongly. */
  wrong_questions: number[];
  role_complete: boolean;
  attempted_at: string;
}

export interface TrainingAttempt {
  id: number;
  module_id: number;
  answers: number[];
  score: number;
  passed: boolean;
  attempted_at: string;
}

export interface ProgressCell {
  module_id: number;
  status: TrainingStatus;
  attempts: number;
  best_score: number | null;
}

export interface ParticipantProgress {
  user_id: number;
  display_name: string;
  email: string;
  employee_id: string | null;
  role: TrainingRole;
  modules: ProgressCell[];
  passed: number;
  total: number;
  complete: boolean;
}

export interface TrainingProgress {
  modules: ModuleSummary[];
  participants: ParticipantProgress[];
}

export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  not_started: 'Not started',
  failed: 'Not passed yet',
  passed: 'Passed',
};

export const ROLE_LABELS: Record<TrainingRole, string> = { mentor: 'Mentor', mentee: 'Mentee' };

const base = (programmeId: number) => `/programmes/${programmeId}/training`;

export const trainingApi = {
  // Admins.
  listModules: (programmeId: number, role?: TrainingRole) =>
    request<Items<TrainingModule>>('GET', `${base(programmeId)}/modules${query({ role })}`).then((r) => r.items),
  createModule: (programmeId: number, body: TrainingModuleInput) =>
    request<TrainingModule>('POST', `${base(programmeId)}/modules`, { body }),
  updateModule: (programmeId: number, moduleId: number, body: Partial<TrainingModuleInput>) =>
    request<TrainingModule>('PATCH', `${base(programmeId)}/modules/${moduleId}`, { body }),
  removeModule: (programmeId: number, moduleId: number) =>
    request<{ id: number; outcome: 'deleted' | 'archived' }>('DELETE', `${base(programmeId)}/modules/${moduleId}`),
  reorder: (programmeId: number, role: TrainingRole, moduleIds: number[]) =>
    request<Items<TrainingModule>>('PUT', `${base(programmeId)}/order`, { body: { role, module_ids: moduleIds } }).then(
      (r) => r.items,
    ),
  progress: (programmeId: number) => request<TrainingProgress>('GET', `${base(programmeId)}/progress`),
  preview: (markdown: string) =>
    request<{ html: string }>('POST', '/training/preview', { body: { body_markdown: markdown } }).then((r) => r.html),

  // Participants.
  mine: (programmeId: number) => request<MyTraining>('GET', `${base(programmeId)}/mine`),
  attempt: (programmeId: number, moduleId: number, answers: number[]) =>
    request<AttemptOutcome>('POST', `${base(programmeId)}/modules/${moduleId}/attempts`, { body: { answers } }),
  attempts: (programmeId: number, moduleId: number) =>
    request<Items<TrainingAttempt>>('GET', `${base(programmeId)}/modules/${moduleId}/attempts`).then((r) => r.items),
};
