import { request, query, type Items } from '../../api/client';
import type { ResponseOf, Schema } from '../../api/schema';

export type TrainingRole = Schema<'TrainingModule'>['role'];
export type TrainingStatus = Schema<'MyTrainingModule'>['status'];

/** A quiz question as admins write it: `answer` is the index of the right option. */
export type QuizQuestion = Schema<'QuizQuestion'>;

/** A module as admins read it. */
export type TrainingModule = Schema<'TrainingModule'>;

/** A module as its participant reads it. */
export type MyTrainingModule = Schema<'MyTrainingModule'>;

/** A quiz question as participants see it: never with its answer. */
export type QuizQuestionShown = MyTrainingModule['quiz'][number];

export type MyTraining = ResponseOf<'/api/v1/programmes/{id}/training/mine', 'get'>;

export type TrainingModuleInput = Omit<Schema<'TrainingModuleInput'>, 'role'> & Partial<Pick<Schema<'TrainingModuleInput'>, 'role'>>;

export type AttemptOutcome = Schema<'TrainingAttemptOutcome'>;
export type TrainingAttempt = Schema<'TrainingAttempt'>;
export type TrainingProgress = Schema<'TrainingProgress'>;
export type ParticipantProgress = TrainingProgress['participants'][number];
export type ProgressCell = ParticipantProgress['modules'][number];

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
