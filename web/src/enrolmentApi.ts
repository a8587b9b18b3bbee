import { query, request, type Items } from './api';
import type { Me, Side } from './types';

// Invitations, applications, ground rules and a participant's steps (the API's "enrolment" tag).

/** A weekly slot in the person's own time zone: day mon..sun, times HH:MM. */
export interface AvailabilitySlot {
  day: string;
  start: string;
  end: string;
}

export type InvitationStatus = 'pending' | 'expired' | 'accepted' | 'revoked';

export interface Invitation {
  id: number;
  programme_id: number;
  employee_id: string;
  name: string | null;
  email: string;
  side: Side;
  status: InvitationStatus;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface InviteFilter {
  grade_min?: number | null;
  grade_max?: number | null;
  department?: string | null;
  location?: string | null;
}

export interface InviteRequest {
  side: Side;
  employee_ids?: string[];
  filter?: InviteFilter;
  expires_in_days?: number;
}

export interface InviteOutcome {
  invited: number;
  reissued: number;
  skipped: { employee_id: string; reason: string }[];
}

export interface InvitationPreview {
  programme_id: number;
  programme_name: string;
  programme_purpose: string;
  side: Side;
  invitee_name: string;
  email: string;
  expires_at: string;
  account_exists: boolean;
}

export interface AcceptResponse {
  user: Me;
  csrf_token: string;
}

export type ApplicationStatus = 'submitted' | 'approved' | 'wait_listed' | 'declined' | 'withdrawn';

/** Mentors fill level (1–5) and evidence; mentees priority (1–5, 5 matters most). */
export interface ApplicationTopic {
  topic: string;
  level?: number;
  evidence?: string;
  priority?: number;
}

export interface ApplicationInput {
  topics: ApplicationTopic[];
  languages: string[];
  availability: AvailabilitySlot[];
  motivation: string;
  goals: string;
}

export interface Application extends ApplicationInput {
  id: number;
  programme_id: number;
  employee_id: string;
  side: Side;
  status: ApplicationStatus;
  decision_reason: string | null;
  decided_at: string | null;
  submitted_at: string;
  updated_at: string;
}

/** An application as admins list it, with the applicant's directory facts. */
export interface ApplicationWithApplicant extends Application {
  name: string | null;
  grade: number;
  department: string | null;
}

export interface MyApplication {
  application: Application | null;
  applications_open: boolean;
  application_deadline: string | null;
}

export interface GroundRules {
  rules: string[];
  digest: string | null;
  acknowledged: boolean;
  acknowledged_at: string | null;
}

export type StepName =
  | 'invited'
  | 'applied'
  | 'screened'
  | 'trained'
  | 'rules_acknowledged'
  | 'matched'
  | 'agreement_signed';

export type StepState = 'done' | 'pending' | 'blocked' | 'not_required';

export interface EnrolmentStatus {
  programme_id: number;
  side: Side;
  steps: { step: StepName; state: StepState; detail: string }[];
  eligible: boolean;
  blockers: string[];
}

export const STEP_LABELS: Record<StepName, string> = {
  invited: 'Invited',
  applied: 'Applied',
  screened: 'Screened',
  trained: 'Trained',
  rules_acknowledged: 'Ground rules acknowledged',
  matched: 'Matched',
  agreement_signed: 'Agreement signed',
};

export const STEP_STATE_LABELS: Record<StepState, string> = {
  done: 'Done',
  pending: 'To do',
  blocked: 'Stopped',
  not_required: 'Not required',
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: 'Submitted',
  approved: 'Approved',
  wait_listed: 'Wait-listed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: 'Pending',
  expired: 'Expired',
  accepted: 'Accepted',
  revoked: 'Revoked',
};

export const BLOCKER_LABELS: Record<string, string> = {
  not_applied: 'You have not applied yet.',
  application_withdrawn: 'You withdrew your application.',
  awaiting_screening: 'Your application is waiting for screening.',
  wait_listed: 'Your application is wait-listed.',
  declined: 'Your application was declined.',
  training_incomplete: 'Your training is not finished.',
  ground_rules_not_acknowledged: 'You have not acknowledged the current ground rules.',
  not_in_directory: 'You are not active in the people directory.',
};

const programmePath = (programmeId: number) => `/programmes/${programmeId}`;

export const enrolmentApi = {
  invite: (programmeId: number, body: InviteRequest) =>
    request<InviteOutcome>('POST', `${programmePath(programmeId)}/invitations`, { body }),
  invitations: (programmeId: number) =>
    request<Items<Invitation>>('GET', `${programmePath(programmeId)}/invitations`).then((r) => r.items),
  revoke: (programmeId: number, invitationId: number) =>
    request<null>('POST', `${programmePath(programmeId)}/invitations/${invitationId}/revoke`),

  preview: (token: string) =>
    request<InvitationPreview>('GET', `/invitations/${encodeURIComponent(token)}`, { quietUnauthorized: true }),
  accept: (token: string, password: string, displayName?: string) =>
    request<AcceptResponse>('POST', `/invitations/${encodeURIComponent(token)}/accept`, {
      body: displayName ? { password, display_name: displayName } : { password },
      quietUnauthorized: true,
    }),

  myApplication: (programmeId: number) => request<MyApplication>('GET', `${programmePath(programmeId)}/application`),
  submitApplication: (programmeId: number, body: ApplicationInput) =>
    request<Application>('PUT', `${programmePath(programmeId)}/application`, { body }),
  withdrawApplication: (programmeId: number) =>
    request<Application>('POST', `${programmePath(programmeId)}/application/withdraw`),
  applications: (programmeId: number, filter: { side?: Side | ''; status?: ApplicationStatus | '' } = {}) =>
    request<Items<ApplicationWithApplicant>>(
      'GET',
      `${programmePath(programmeId)}/applications${query({ side: filter.side, status: filter.status })}`,
    ).then((r) => r.items),
  application: (programmeId: number, applicationId: number) =>
    request<ApplicationWithApplicant>('GET', `${programmePath(programmeId)}/applications/${applicationId}`),

  groundRules: (programmeId: number) => request<GroundRules>('GET', `${programmePath(programmeId)}/ground-rules`),
  acknowledgeGroundRules: (programmeId: number, digest: string) =>
    request<GroundRules>('POST', `${programmePath(programmeId)}/ground-rules/acknowledgement`, { body: { digest } }),
  status: (programmeId: number) => request<EnrolmentStatus>('GET', `${programmePath(programmeId)}/enrolment-status`),
};
