import { query, request, type Items } from '../../api/client';
import type { ResponseOf, Schema } from '../../api/schema';
import type { Side } from '../programmes/types';

// Invitations, applications, ground rules and a participant's steps (the API's "enrolment" tag).

/** A weekly slot in the person's own time zone: day mon..sun, times HH:MM. */
export type AvailabilitySlot = Schema<'AvailabilitySlot'>;

export type Invitation = Schema<'Invitation'>;
export type InvitationStatus = Invitation['status'];
export type InviteRequest = Partial<Schema<'InviteRequest'>> & Pick<Schema<'InviteRequest'>, 'side'>;
export type InviteFilter = NonNullable<InviteRequest['filter']>;
export type InviteOutcome = Schema<'InviteOutcome'>;
export type InvitationPreview = Schema<'InvitationPreview'>;
export type AcceptResponse = ResponseOf<'/api/v1/invitations/{token}/accept', 'post'>;

/** Mentors fill level (1–5) and evidence; mentees priority (1–5, 5 matters most). */
export type ApplicationTopic = Schema<'ApplicationTopic'>;
export type ApplicationInput = Required<Omit<Schema<'ApplicationInput'>, 'side'>>;
export type Application = Schema<'Application'>;
export type ApplicationStatus = Application['status'];

/** An application as admins list it, with the applicant's directory facts. */
export type ApplicationWithApplicant = Schema<'ApplicationWithApplicant'>;

export type MyApplication = Schema<'MyApplication'>;
export type GroundRules = Schema<'GroundRules'>;
export type EnrolmentStatus = Schema<'EnrolmentStatus'>;
export type StepName = EnrolmentStatus['steps'][number]['step'];
export type StepState = EnrolmentStatus['steps'][number]['state'];

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
