import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { programmesApi } from './programmesApi';
import { hrefFor } from '../../shared/routes';
import { CADENCE_OPTIONS, MATCHING_MODE_LABELS, STATUS_LABELS } from './labels';
import { formatDate } from '../../shared/format';
import type { MatchingMode, Programme, ProgrammeInput, ProgrammeTemplate } from './types';
import { FormField } from '../../shared/ui/FormField';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface ProgrammeFormProps {
  /** null when creating a new programme. */
  programmeId: number | null;
  canEdit: boolean;
  onCreated?: (programme: Programme) => void;
  /** The words of the link to this programme's matching page, when the viewer has one. */
  matchingLinkLabel?: string | undefined;
  /** The words of the link to this programme's enrolment page (admins: invitations and applications;
   * members: their application and steps), when the viewer has one. */
  enrolmentLinkLabel?: string | undefined;
}

interface FormState {
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

const EMPTY: FormState = {
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
const FIELD_IDS: Record<string, string> = {
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
function fieldKey(field: string | undefined): string | null {
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

function merge(base: FormState, p: ProgrammeInput): FormState {
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

function toInput(state: FormState, isNew: boolean): ProgrammeInput {
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

export function ProgrammeForm({ programmeId, canEdit, onCreated, matchingLinkLabel, enrolmentLinkLabel }: ProgrammeFormProps) {
  const isNew = programmeId === null;
  const [state, setState] = useState<FormState>(EMPTY);
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [templates, setTemplates] = useState<ProgrammeTemplate[]>([]);
  const [templatesError, setTemplatesError] = useState<string | null>(null);
  const [loading, setLoading] = useState(!isNew);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [confirmArchive, setConfirmArchive] = useState(false);

  useEffect(() => {
    if (!isNew) return;
    let cancelled = false;
    programmesApi
      .listProgrammeTemplates()
      .then((list) => {
        if (!cancelled) setTemplates(list);
      })
      .catch((err: unknown) => {
        if (!cancelled) setTemplatesError(`Templates could not be loaded. ${errorMessage(err)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [isNew]);

  useEffect(() => {
    if (programmeId === null) return;
    let cancelled = false;
    setLoading(true);
    programmesApi
      .getProgramme(programmeId)
      .then((p) => {
        if (cancelled) return;
        setProgramme(p);
        setState(merge(EMPTY, p));
      })
      .catch((err: unknown) => {
        if (!cancelled) setLoadError(errorMessage(err));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [programmeId]);

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  function applyTemplate(key: string) {
    const template = templates.find((t) => t.key === key);
    if (!template) {
      setState((s) => ({ ...s, template: '' }));
      setStatus(null);
      return;
    }
    setState((s) => merge({ ...EMPTY, name: s.name }, { ...template.programme, template: template.key }));
    setFieldErrors({});
    setStatus(`Filled in from the “${template.name}” template. Review the fields, then save.`);
  }

  function err(key: string): string | undefined {
    return fieldErrors[key];
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!canEdit) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    setFieldErrors({});
    try {
      const body = toInput(state, isNew);
      if (programmeId === null) {
        const created = await programmesApi.createProgramme(body);
        onCreated?.(created);
      } else {
        const saved = await programmesApi.updateProgramme(programmeId, body);
        setProgramme(saved);
        setState(merge(EMPTY, saved));
        setStatus('Changes saved.');
      }
    } catch (e) {
      const errors: Record<string, string> = {};
      if (e instanceof ApiError) {
        const key = fieldKey(e.problem.field);
        if (key) errors[key] = e.problem.detail || e.problem.title || 'This value is not valid.';
        for (const rowError of e.problem.errors ?? []) {
          const k = fieldKey(rowError.field);
          if (k && !errors[k]) errors[k] = rowError.reason;
        }
      }
      setFieldErrors(errors);
      const keys = Object.keys(errors);
      const firstKey = keys[0];
      if (firstKey) {
        setError(`The programme was not saved. ${keys.length === 1 ? 'Check the highlighted field' : 'Check the highlighted fields'}: ${errorMessage(e)}`);
        const id = FIELD_IDS[firstKey];
        if (id) window.setTimeout(() => document.getElementById(id)?.focus(), 0);
      } else {
        setError(`The programme was not saved. ${errorMessage(e)}`);
      }
    } finally {
      setBusy(false);
    }
  }

  async function handleArchive() {
    if (programmeId === null) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const archived = await programmesApi.archiveProgramme(programmeId);
      setProgramme(archived);
      setState(merge(EMPTY, archived));
      setStatus('Programme archived.');
    } catch (e) {
      setError(`The programme was not archived. ${errorMessage(e)}`);
    } finally {
      setBusy(false);
      setConfirmArchive(false);
    }
  }

  const title = isNew ? 'New programme' : programme ? programme.name : 'Programme';

  if (loading || loadError) {
    return (
      <div className="page">
        <PageHeading>{title}</PageHeading>
        <StatusMessage kind="status" message={loading ? 'Loading programme…' : null} />
        <StatusMessage kind="error" message={loadError} />
        <p>
          <a href={hrefFor({ name: 'programmes' })}>Back to programmes</a>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programmes' })}>Programmes</a>
      </p>
      <div className="page-title-row">
        <PageHeading>{title}</PageHeading>
        {programme && (
          <span className={`badge badge-${programme.status}`}>{STATUS_LABELS[programme.status] ?? programme.status}</span>
        )}
      </div>
      {programme && (
        <p className="meta">
          Created {formatDate(programme.created_at)} · Last updated {formatDate(programme.updated_at)}
          {programme.template ? ` · Template: ${programme.template}` : ''}
        </p>
      )}
      {programme && matchingLinkLabel && (
        <p>
          <a className="button" href={hrefFor({ name: 'programme-matching', id: programme.id })}>
            {matchingLinkLabel}
          </a>
        </p>
      )}
      {programme && enrolmentLinkLabel && (
        <p>
          <a className="button" href={hrefFor({ name: 'programme-enrolment', id: programme.id })}>
            {enrolmentLinkLabel}
          </a>
        </p>
      )}

      <form className="programme-form panel" onSubmit={handleSubmit} noValidate>
        <fieldset disabled={!canEdit || busy} className="plain-fieldset">
          {isNew && (
            <FormField
              id={FIELD_IDS.template ?? 'programme-template'}
              label="Start from a template"
              hint={templatesError ?? 'Choosing a template fills in the fields below. You can change any of them.'}
              error={err('template')}
            >
              {(control) => (
                <select {...control} value={state.template} onChange={(e) => applyTemplate(e.target.value)}>
                  <option value="">No template</option>
                  {templates.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}

          <h2 className="form-section">About the programme</h2>
          <FormField id="programme-name" label="Name" error={err('name')}>
            {(control) => (
              <input {...control} type="text" value={state.name} onChange={(e) => update('name', e.target.value)} />
            )}
          </FormField>
          <FormField id="programme-purpose" label="Purpose" error={err('purpose')}>
            {(control) => (
              <textarea {...control} rows={3} value={state.purpose} onChange={(e) => update('purpose', e.target.value)} />
            )}
          </FormField>
          <div className="field-row">
            <FormField id="programme-goals" label="Goals" hint="One goal per line." error={err('goals')}>
              {(control) => (
                <textarea {...control} rows={4} value={state.goals} onChange={(e) => update('goals', e.target.value)} />
              )}
            </FormField>
            <FormField id="programme-ground-rules" label="Ground rules" hint="One rule per line." error={err('ground_rules')}>
              {(control) => (
                <textarea
                  {...control}
                  rows={4}
                  value={state.ground_rules}
                  onChange={(e) => update('ground_rules', e.target.value)}
                />
              )}
            </FormField>
          </div>
          <FormField id="programme-topics" label="Topics" hint="One topic per line." error={err('topics')}>
            {(control) => (
              <textarea {...control} rows={4} value={state.topics} onChange={(e) => update('topics', e.target.value)} />
            )}
          </FormField>

          <h2 className="form-section">Schedule</h2>
          <div className="field-row">
            <FormField id="programme-starts-on" label="Starts on" error={err('starts_on')}>
              {(control) => (
                <input {...control} type="date" value={state.starts_on} onChange={(e) => update('starts_on', e.target.value)} />
              )}
            </FormField>
            <FormField id="programme-ends-on" label="Ends on" error={err('ends_on')}>
              {(control) => (
                <input {...control} type="date" value={state.ends_on} onChange={(e) => update('ends_on', e.target.value)} />
              )}
            </FormField>
          </div>
          <div className="field-row">
            <FormField id="programme-cadence" label="Session cadence" error={err('cadence_days')}>
              {(control) => (
                <select {...control} value={state.cadence_days} onChange={(e) => update('cadence_days', e.target.value)}>
                  {!CADENCE_OPTIONS.some((o) => String(o.days) === state.cadence_days) && (
                    <option value={state.cadence_days}>Every {state.cadence_days || '?'} days</option>
                  )}
                  {CADENCE_OPTIONS.map((o) => (
                    <option key={o.days} value={String(o.days)}>
                      {o.label} ({o.days} days)
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id="programme-session-minutes" label="Session length (minutes)" error={err('session_minutes')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={15}
                  max={240}
                  step={1}
                  inputMode="numeric"
                  value={state.session_minutes}
                  onChange={(e) => update('session_minutes', e.target.value)}
                />
              )}
            </FormField>
          </div>

          <h2 className="form-section">Matching</h2>
          <FormField id="programme-matching-mode" label="Matching mode" error={err('matching_mode')}>
            {(control) => (
              <select
                {...control}
                value={state.matching_mode}
                onChange={(e) => update('matching_mode', e.target.value as MatchingMode)}
              >
                {(Object.keys(MATCHING_MODE_LABELS) as MatchingMode[]).map((mode) => (
                  <option key={mode} value={mode}>
                    {MATCHING_MODE_LABELS[mode]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <div className="field-row">
            <FormField
              id="programme-max-mentor-grade"
              label="Highest mentor grade"
              hint="Leave empty for no limit."
              error={err('max_mentor_grade')}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  step={1}
                  inputMode="numeric"
                  value={state.max_mentor_grade}
                  onChange={(e) => update('max_mentor_grade', e.target.value)}
                />
              )}
            </FormField>
            <FormField
              id="programme-min-grade-gap"
              label="Minimum grade gap"
              hint="How many grades the mentee must be above the mentor."
              error={err('min_grade_gap')}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={state.min_grade_gap}
                  onChange={(e) => update('min_grade_gap', e.target.value)}
                />
              )}
            </FormField>
          </div>
          <div className={`checkbox${err('exclude_same_department') ? ' field-invalid' : ''}`}>
            <input
              id="programme-exclude-same-department"
              type="checkbox"
              checked={state.exclude_same_department}
              aria-invalid={err('exclude_same_department') ? true : undefined}
              aria-describedby={err('exclude_same_department') ? 'programme-exclude-same-department-error' : undefined}
              onChange={(e) => update('exclude_same_department', e.target.checked)}
            />
            <label htmlFor="programme-exclude-same-department">Do not pair people from the same department</label>
            {err('exclude_same_department') && (
              <p className="field-error" id="programme-exclude-same-department-error">
                {err('exclude_same_department')}
              </p>
            )}
          </div>

          <fieldset className="terminology">
            <legend>Terminology</legend>
            <p className="hint">The words people see for each role and for the programme itself.</p>
            {err('terminology') && <p className="field-error">{err('terminology')}</p>}
            <div className="field-row field-row-3">
              <FormField
                id="programme-term-mentor"
                label="Word for “mentor”"
                error={err('terminology.mentor') ?? err('terminology')}
              >
                {(control) => (
                  <input {...control} type="text" value={state.mentor} onChange={(e) => update('mentor', e.target.value)} />
                )}
              </FormField>
              <FormField id="programme-term-mentee" label="Word for “mentee”" error={err('terminology.mentee')}>
                {(control) => (
                  <input {...control} type="text" value={state.mentee} onChange={(e) => update('mentee', e.target.value)} />
                )}
              </FormField>
              <FormField id="programme-term-programme" label="Word for “programme”" error={err('terminology.programme')}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={state.programme_term}
                    onChange={(e) => update('programme_term', e.target.value)}
                  />
                )}
              </FormField>
            </div>
          </fieldset>

          <h2 className="form-section">Enrolment</h2>
          <FormField
            id="programme-application-deadline"
            label="Application deadline"
            hint="The last day people can apply or edit their application. Leave empty for no deadline."
            error={err('application_deadline')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={state.application_deadline}
                onChange={(e) => update('application_deadline', e.target.value)}
              />
            )}
          </FormField>
          {(
            [
              ['require_training', 'programme-require-training', 'Participants finish their training before they are matched'],
              [
                'require_mentor_approval',
                'programme-require-mentor-approval',
                'Mentors are matched only once screening approved them',
              ],
            ] as const
          ).map(([key, id, label]) => (
            <div key={key} className={`checkbox${err(key) ? ' field-invalid' : ''}`}>
              <input
                id={id}
                type="checkbox"
                checked={state[key]}
                aria-invalid={err(key) ? true : undefined}
                aria-describedby={err(key) ? `${id}-error` : undefined}
                onChange={(e) => update(key, e.target.checked)}
              />
              <label htmlFor={id}>{label}</label>
              {err(key) && (
                <p className="field-error" id={`${id}-error`}>
                  {err(key)}
                </p>
              )}
            </div>
          ))}

          <h2 className="form-section">Privacy</h2>
          <FormField
            id="programme-anonymity-k"
            label="Anonymity threshold"
            hint="Aggregate feedback is only shown when at least this many people responded."
            error={err('anonymity_k')}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={2}
                step={1}
                inputMode="numeric"
                value={state.anonymity_k}
                onChange={(e) => update('anonymity_k', e.target.value)}
              />
            )}
          </FormField>
          <FormField id="programme-confidentiality" label="Confidentiality policy" error={err('confidentiality_policy')}>
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={state.confidentiality_policy}
                onChange={(e) => update('confidentiality_policy', e.target.value)}
              />
            )}
          </FormField>
        </fieldset>

        <StatusMessage kind="error" message={error} />
        <StatusMessage kind="status" message={busy ? 'Saving…' : status} />

        {canEdit && (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              Save
            </button>
            {programme && programme.status !== 'archived' && !confirmArchive && (
              <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirmArchive(true)}>
                Archive
              </button>
            )}
            {confirmArchive && (
              <div className="confirm" role="group" aria-label="Confirm archive">
                <span>Archive this programme? Participants will no longer be able to use it.</span>
                <button type="button" className="button button-danger" disabled={busy} onClick={handleArchive}>
                  Yes, archive
                </button>
                <button type="button" className="button button-quiet" onClick={() => setConfirmArchive(false)}>
                  Cancel
                </button>
              </div>
            )}
          </div>
        )}
      </form>
    </div>
  );
}
