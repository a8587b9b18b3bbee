// The programme form's state and how it maps to and from the API's programme.
import type { MatchingMode, ProgrammeInput } from './types';

/** The form's fields as the user edits them: numbers and lists stay text until the form saves. */
export interface FormState {
  template: string;
  name: string;
  purpose: string;
  goals: string;
  ground_rules: string;
  starts_on: string;
  ends_on: string;
  cadence_days: string;
  session_minutes: string;
  matching_mode: MatchingMode;
  max_mentor_grade: string;
  min_grade_gap: string;
  exclude_same_department: boolean;
  topics: string;
  mentor: string;
  mentee: string;
  programme_term: string;
  anonymity_k: string;
  confidentiality_policy: string;
  application_deadline: string;
  require_training: boolean;
  require_mentor_approval: boolean;
}

export const EMPTY: FormState = {
  template: '',
  name: '',
  purpose: '',
  goals: '',
  ground_rules: '',
  starts_on: '',
  ends_on: '',
  cadence_days: '14',
  session_minutes: '45',
  matching_mode: 'assigned',
  max_mentor_grade: '',
  min_grade_gap: '2',
  exclude_same_department: false,
  topics: '',
  mentor: 'mentor',
  mentee: 'mentee',
  programme_term: 'reverse mentoring',
  anonymity_k: '5',
  confidentiality_policy: '',
  application_deadline: '',
  require_training: false,
  require_mentor_approval: true,
};

/** Field names the API may report, mapped to the id of the control that edits them. */
export const FIELD_IDS: Record<string, string> = {
  template: 'programme-template',
  name: 'programme-name',
  purpose: 'programme-purpose',
  goals: 'programme-goals',
  ground_rules: 'programme-ground-rules',
  starts_on: 'programme-starts-on',
  ends_on: 'programme-ends-on',
  cadence_days: 'programme-cadence',
  session_minutes: 'programme-session-minutes',
  matching_mode: 'programme-matching-mode',
  max_mentor_grade: 'programme-max-mentor-grade',
  min_grade_gap: 'programme-min-grade-gap',
  exclude_same_department: 'programme-exclude-same-department',
  topics: 'programme-topics',
  terminology: 'programme-term-mentor',
  'terminology.mentor': 'programme-term-mentor',
  'terminology.mentee': 'programme-term-mentee',
  'terminology.programme': 'programme-term-programme',
  anonymity_k: 'programme-anonymity-k',
  confidentiality_policy: 'programme-confidentiality',
  application_deadline: 'programme-application-deadline',
  require_training: 'programme-require-training',
  require_mentor_approval: 'programme-require-mentor-approval',
};

/** Normalises a field name from the API ("goals[2]", "/terminology/mentor") to a key of FIELD_IDS. */
export function fieldKey(field: string | undefined): string | null {
  if (!field) return null;
  const key = field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/\[\d+\]/g, '')
    .replace(/\.\d+(?=\.|$)/g, '');
  if (key in FIELD_IDS) return key;
  const top = key.split('.')[0] ?? '';
  return top in FIELD_IDS ? top : null;
}

const lines = (items: string[] | undefined) => (items ?? []).join('\n');
const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
const numText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form filled in from a programme (or a template's partial one). */
export function merge(base: FormState, p: ProgrammeInput): FormState {
  const next = { ...base };
  if (p.template !== undefined) next.template = p.template ?? '';
  if (p.name !== undefined) next.name = p.name;
  if (p.purpose !== undefined) next.purpose = p.purpose;
  if (p.goals !== undefined) next.goals = lines(p.goals);
  if (p.ground_rules !== undefined) next.ground_rules = lines(p.ground_rules);
  if (p.starts_on !== undefined) next.starts_on = p.starts_on ?? '';
  if (p.ends_on !== undefined) next.ends_on = p.ends_on ?? '';
  if (p.cadence_days !== undefined) next.cadence_days = numText(p.cadence_days);
  if (p.session_minutes !== undefined) next.session_minutes = numText(p.session_minutes);
  if (p.matching_mode !== undefined) next.matching_mode = p.matching_mode;
  if (p.max_mentor_grade !== undefined) next.max_mentor_grade = numText(p.max_mentor_grade);
  if (p.min_grade_gap !== undefined) next.min_grade_gap = numText(p.min_grade_gap);
  if (p.exclude_same_department !== undefined) next.exclude_same_department = p.exclude_same_department;
  if (p.topics !== undefined) next.topics = lines(p.topics);
  if (p.terminology) {
    if (p.terminology.mentor !== undefined) next.mentor = p.terminology.mentor;
    if (p.terminology.mentee !== undefined) next.mentee = p.terminology.mentee;
    if (p.terminology.programme !== undefined) next.programme_term = p.terminology.programme;
  }
  if (p.anonymity_k !== undefined) next.anonymity_k = numText(p.anonymity_k);
  if (p.confidentiality_policy !== undefined) next.confidentiality_policy = p.confidentiality_policy;
  if (p.application_deadline !== undefined) next.application_deadline = p.application_deadline ?? '';
  if (p.require_training !== undefined) next.require_training = p.require_training;
  if (p.require_mentor_approval !== undefined) next.require_mentor_approval = p.require_mentor_approval;
  return next;
}

/** What the form sends to the API. */
export function toInput(state: FormState, isNew: boolean): ProgrammeInput {
  const input: ProgrammeInput = {
    name: state.name.trim(),
    purpose: state.purpose.trim(),
    goals: toLines(state.goals),
    ground_rules: toLines(state.ground_rules),
    matching_mode: state.matching_mode,
    exclude_same_department: state.exclude_same_department,
    topics: toLines(state.topics),
    terminology: { mentor: state.mentor.trim(), mentee: state.mentee.trim(), programme: state.programme_term.trim() },
    confidentiality_policy: state.confidentiality_policy.trim(),
    max_mentor_grade: state.max_mentor_grade.trim() === '' ? null : Number(state.max_mentor_grade),
    application_deadline: state.application_deadline === '' ? null : state.application_deadline,
    require_training: state.require_training,
    require_mentor_approval: state.require_mentor_approval,
  };
  if (state.starts_on) input.starts_on = state.starts_on;
  if (state.ends_on) input.ends_on = state.ends_on;
  const numbers = ['cadence_days', 'session_minutes', 'min_grade_gap', 'anonymity_k'] as const;
  for (const key of numbers) {
    if (state[key].trim() !== '') input[key] = Number(state[key]);
  }
  if (isNew && state.template) input.template = state.template;
  return input;
}
