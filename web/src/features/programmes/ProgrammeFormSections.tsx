import { CheckboxField, DateField, NumberField, SelectField, TextAreaField, TextField } from '../../shared/ui/fields';
import { CADENCE_OPTIONS, MATCHING_MODE_LABELS } from './labels';
import type { FormState } from './programmeFormState';
import type { MatchingMode } from './types';

/** What every section of the programme form gets: the fields, how to change one, and its error if any. */
export interface SectionProps {
  state: FormState;
  update: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  err: (key: string) => string | undefined;
}

export function AboutSection({ state, update, err }: SectionProps) {
  return (
    <>
      <h2 className="form-section">About the programme</h2>
      <TextField id="programme-name" label="Name" error={err('name')} value={state.name} onChange={(v) => update('name', v)} />
      <TextAreaField
        id="programme-purpose"
        label="Purpose"
        error={err('purpose')}
        rows={3}
        value={state.purpose}
        onChange={(v) => update('purpose', v)}
      />
      <div className="field-row">
        <TextAreaField
          id="programme-goals"
          label="Goals"
          hint="One goal per line."
          error={err('goals')}
          rows={4}
          value={state.goals}
          onChange={(v) => update('goals', v)}
        />
        <TextAreaField
          id="programme-ground-rules"
          label="Ground rules"
          hint="One rule per line."
          error={err('ground_rules')}
          rows={4}
          value={state.ground_rules}
          onChange={(v) => update('ground_rules', v)}
        />
      </div>
      <TextAreaField
        id="programme-topics"
        label="Topics"
        hint="One topic per line."
        error={err('topics')}
        rows={4}
        value={state.topics}
        onChange={(v) => update('topics', v)}
      />
    </>
  );
}

export function ScheduleSection({ state, update, err }: SectionProps) {
  // A cadence no option names (set through the API, say) stays selectable as it is.
  const cadenceOptions = [
    ...(CADENCE_OPTIONS.some((o) => String(o.days) === state.cadence_days)
      ? []
      : [{ value: state.cadence_days, label: `Every ${state.cadence_days || '?'} days` }]),
    ...CADENCE_OPTIONS.map((o) => ({ value: String(o.days), label: `${o.label} (${o.days} days)` })),
  ];
  return (
    <>
      <h2 className="form-section">Schedule</h2>
      <div className="field-row">
        <DateField
          id="programme-starts-on"
          label="Starts on"
          error={err('starts_on')}
          value={state.starts_on}
          onChange={(v) => update('starts_on', v)}
        />
        <DateField id="programme-ends-on" label="Ends on" error={err('ends_on')} value={state.ends_on} onChange={(v) => update('ends_on', v)} />
      </div>
      <div className="field-row">
        <SelectField
          id="programme-cadence"
          label="Session cadence"
          error={err('cadence_days')}
          value={state.cadence_days}
          onChange={(v) => update('cadence_days', v)}
          options={cadenceOptions}
        />
        <NumberField
          id="programme-session-minutes"
          label="Session length (minutes)"
          error={err('session_minutes')}
          min={15}
          max={240}
          value={state.session_minutes}
          onChange={(v) => update('session_minutes', v)}
        />
      </div>
    </>
  );
}

const MATCHING_MODE_OPTIONS = (Object.keys(MATCHING_MODE_LABELS) as MatchingMode[]).map((mode) => ({
  value: mode,
  label: MATCHING_MODE_LABELS[mode],
}));

export function MatchingSection({ state, update, err }: SectionProps) {
  return (
    <>
      <h2 className="form-section">Matching</h2>
      <SelectField
        id="programme-matching-mode"
        label="Matching mode"
        error={err('matching_mode')}
        value={state.matching_mode}
        onChange={(v) => update('matching_mode', v as MatchingMode)}
        options={MATCHING_MODE_OPTIONS}
      />
      <div className="field-row">
        <NumberField
          id="programme-max-mentor-grade"
          label="Highest mentor grade"
          hint="Leave empty for no limit."
          error={err('max_mentor_grade')}
          value={state.max_mentor_grade}
          onChange={(v) => update('max_mentor_grade', v)}
        />
        <NumberField
          id="programme-min-grade-gap"
          label="Minimum grade gap"
          hint="How many grades the mentee must be above the mentor."
          error={err('min_grade_gap')}
          min={0}
          value={state.min_grade_gap}
          onChange={(v) => update('min_grade_gap', v)}
        />
      </div>
      <CheckboxField
        id="programme-exclude-same-department"
        label="Do not pair people from the same department"
        error={err('exclude_same_department')}
        checked={state.exclude_same_department}
        onChange={(v) => update('exclude_same_department', v)}
      />
      <TerminologyFields state={state} update={update} err={err} />
    </>
  );
}

function TerminologyFields({ state, update, err }: SectionProps) {
  return (
    <fieldset className="terminology">
      <legend>Terminology</legend>
      <p className="hint">The words people see for each role and for the programme itself.</p>
      {err('terminology') && <p className="field-error">{err('terminology')}</p>}
      <div className="field-row field-row-3">
        <TextField
          id="programme-term-mentor"
          label="Word for “mentor”"
          error={err('terminology.mentor') ?? err('terminology')}
          value={state.mentor}
          onChange={(v) => update('mentor', v)}
        />
        <TextField
          id="programme-term-mentee"
          label="Word for “mentee”"
          error={err('terminology.mentee')}
          value={state.mentee}
          onChange={(v) => update('mentee', v)}
        />
        <TextField
          id="programme-term-programme"
          label="Word for “programme”"
          error={err('terminology.programme')}
          value={state.programme_term}
          onChange={(v) => update('programme_term', v)}
        />
      </div>
    </fieldset>
  );
}

export function EnrolmentSection({ state, update, err }: SectionProps) {
  return (
    <>
      <h2 className="form-section">Enrolment</h2>
      <DateField
        id="programme-application-deadline"
        label="Application deadline"
        hint="The last day people can apply or edit their application. Leave empty for no deadline."
        error={err('application_deadline')}
        value={state.application_deadline}
        onChange={(v) => update('application_deadline', v)}
      />
      <CheckboxField
        id="programme-require-training"
        label="Participants finish their training before they are matched"
        error={err('require_training')}
        checked={state.require_training}
        onChange={(v) => update('require_training', v)}
      />
      <CheckboxField
        id="programme-require-mentor-approval"
        label="Mentors are matched only once screening approved them"
        error={err('require_mentor_approval')}
        checked={state.require_mentor_approval}
        onChange={(v) => update('require_mentor_approval', v)}
      />
    </>
  );
}

export function PrivacySection({ state, update, err }: SectionProps) {
  return (
    <>
      <h2 className="form-section">Privacy</h2>
      <NumberField
        id="programme-anonymity-k"
        label="Anonymity threshold"
        hint="Aggregate feedback is only shown when at least this many people responded."
        error={err('anonymity_k')}
        min={2}
        value={state.anonymity_k}
        onChange={(v) => update('anonymity_k', v)}
      />
      <TextAreaField
        id="programme-confidentiality"
        label="Confidentiality policy"
        error={err('confidentiality_policy')}
        rows={4}
        value={state.confidentiality_policy}
        onChange={(v) => update('confidentiality_policy', v)}
      />
    </>
  );
}
