import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  enrolmentApi,
  type Application,
  type ApplicationInput,
  type ApplicationTopic,
  type AvailabilitySlot,
} from './enrolmentApi';
import type { Programme, Side } from '../programmes/types';
import { AvailabilityEditor } from './AvailabilityEditor';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface ApplicationFormProps {
  programme: Programme;
  side: Side;
  application: Application | null;
  /** False after the deadline: the form is shown read-only. */
  open: boolean;
  onSaved: (application: Application) => void;
}

interface TopicChoice {
  included: boolean;
  /** Mentors: level 1–5. Mentees: priority 1–5. */
  value: number;
  evidence: string;
}

const SCALE = [1, 2, 3, 4, 5];
const LEVEL_WORDS = ['', 'basic', 'working', 'good', 'strong', 'expert'];
const PRIORITY_WORDS = ['', 'nice to have', 'some interest', 'useful', 'important', 'matters most'];

function initialChoices(programme: Programme, side: Side, application: Application | null): Record<string, TopicChoice> {
  const choices: Record<string, TopicChoice> = {};
  for (const topic of programme.topics) choices[topic] = { included: false, value: 3, evidence: '' };
  for (const topic of application?.topics ?? []) {
    choices[topic.topic] = {
      included: true,
      value: (side === 'mentor' ? topic.level : topic.priority) ?? 3,
      evidence: topic.evidence ?? '',
    };
  }
  return choices;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The application of a mentor (topics they can teach, each with a level and a line of evidence) or a mentee
 * (topics they want to learn, each with a priority); both give weekly availability, languages, a short
 * motivation and their own learning goals.
 */
export function ApplicationForm({ programme, side, application, open, onSaved }: ApplicationFormProps) {
  const [choices, setChoices] = useState(() => initialChoices(programme, side, application));
  const [languages, setLanguages] = useState((application?.languages ?? ['en']).join(', '));
  const [slots, setSlots] = useState<AvailabilitySlot[]>(
    application?.availability ?? [{ day: 'mon', start: '09:00', end: '10:00' }],
  );
  const [motivation, setMotivation] = useState(application?.motivation ?? '');
  const [goals, setGoals] = useState(application?.goals ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const isMentor = side === 'mentor';
  const included = programme.topics.filter((topic) => choices[topic]?.included);

  function choose(topic: string, patch: Partial<TopicChoice>) {
    setChoices((all) => ({ ...all, [topic]: { ...(all[topic] ?? { included: false, value: 3, evidence: '' }), ...patch } }));
  }

  function input(): ApplicationInput {
    const topics: ApplicationTopic[] = included.map((topic) => {
      const choice = choices[topic] ?? { included: true, value: 3, evidence: '' };
      return isMentor ? { topic, level: choice.value, evidence: choice.evidence.trim() } : { topic, priority: choice.value };
    });
    return {
      topics,
      languages: languages
        .split(/[,;\s]+/)
        .map((code) => code.trim())
        .filter((code) => code.length > 0),
      availability: slots,
      motivation: motivation.trim(),
      goals: goals.trim(),
    };
  }

  // "topics[1].evidence" names the second topic sent: the error is shown on that topic's row.
  function errorsFrom(e: unknown, sent: ApplicationInput): Record<string, string> {
    if (!(e instanceof ApiError) || !e.problem.field) return {};
    const message = e.problem.detail ?? 'This value is not valid.';
    const field = e.problem.field;
    const topic = /^topics\[(\d+)\]/.exec(field);
    if (topic) return { [`topic:${sent.topics[Number(topic[1])]?.topic ?? ''}`]: message };
    const slot = /^availability\[(\d+)\]/.exec(field);
    if (slot) return { [`slot:${slot[1]}`]: message };
    return { [field.replace(/\[\d+\]$/, '')]: message };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    setError(null);
    setFieldErrors({});
    const sent = input();
    try {
      const saved = await enrolmentApi.submitApplication(programme.id, sent);
      setStatus(application ? 'Your application is saved.' : 'Thank you: your application is submitted.');
      onSaved(saved);
    } catch (e) {
      setFieldErrors(errorsFrom(e, sent));
      setError(`Your application was not saved. ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const slotErrors: Record<number, string> = {};
  for (const [key, message] of Object.entries(fieldErrors)) {
    if (key.startsWith('slot:')) slotErrors[Number(key.slice(5))] = message;
  }
  const terms = programme.terminology;

  return (
    <form className="panel application-form" onSubmit={handleSubmit} noValidate aria-labelledby="application-heading">
      <h2 id="application-heading">Your application as {isMentor ? terms.mentor : terms.mentee}</h2>
      {!open && <p className="message message-error">Applications are closed: you can no longer change your application.</p>}
      <fieldset className="plain-fieldset" disabled={!open || busy}>
        <fieldset className={`topic-choices${fieldErrors.topics ? ' field-invalid' : ''}`}>
          <legend>{isMentor ? 'Topics you can teach' : 'Topics you want to learn'}</legend>
          <p className="hint">
            {isMentor
              ? 'Choose each topic you could teach, how well you know it (1 basic to 5 expert) and one line that shows it.'
              : 'Choose each topic you want to learn and how much it matters to you (1 nice to have to 5 matters most).'}
          </p>
          {fieldErrors.topics && <p className="field-error">{fieldErrors.topics}</p>}
          {programme.topics.length === 0 && <p className="empty">The programme has no topics yet.</p>}
          {programme.topics.map((topic) => {
            const choice = choices[topic] ?? { included: false, value: 3, evidence: '' };
            const id = `topic-${slug(topic)}`;
            const topicError = fieldErrors[`topic:${topic}`];
            return (
              <div key={topic} className={`topic-choice${topicError ? ' field-invalid' : ''}`}>
                <div className="checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    checked={choice.included}
                    onChange={(e) => choose(topic, { included: e.target.checked })}
                  />
                  <label htmlFor={id}>{topic}</label>
                </div>
                {choice.included && (
                  <div className="topic-details">
                    <label htmlFor={`${id}-value`}>{isMentor ? `Your level in ${topic}` : `Priority of ${topic}`}</label>
                    <select
                      id={`${id}-value`}
                      value={choice.value}
                      onChange={(e) => choose(topic, { value: Number(e.target.value) })}
                    >
                      {SCALE.map((n) => (
                        <option key={n} value={n}>
                          {n} – {(isMentor ? LEVEL_WORDS : PRIORITY_WORDS)[n]}
                        </option>
                      ))}
                    </select>
                    {isMentor && (
                      <>
                        <label htmlFor={`${id}-evidence`}>Evidence for {topic}</label>
                        <input
                          id={`${id}-evidence`}
                          type="text"
                          maxLength={300}
                          placeholder="e.g. I run our team's workshop on it"
                          value={choice.evidence}
                          aria-invalid={topicError ? true : undefined}
                          onChange={(e) => choose(topic, { evidence: e.target.value })}
                        />
                      </>
                    )}
                    {topicError && <p className="field-error">{topicError}</p>}
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>

        <AvailabilityEditor slots={slots} onChange={setSlots} errors={slotErrors} />

        <FormField
          id="application-languages"
          label="Languages"
          hint="The languages you could hold sessions in, as codes separated by commas (for example en, fr)."
          error={fieldErrors.languages}
        >
          {(control) => (
            <input {...control} type="text" value={languages} onChange={(e) => setLanguages(e.target.value)} />
          )}
        </FormField>
        <FormField
          id="application-motivation"
          label="Motivation"
          hint="In a few sentences: why do you want to take part? (at most 1000 characters)"
          error={fieldErrors.motivation}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={1000}
              value={motivation}
              onChange={(e) => setMotivation(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="application-goals"
          label="Your own learning goals"
          hint={
            isMentor
              ? 'What you want to develop yourself, such as leadership or communication.'
              : 'What you want to be able to do after the programme.'
          }
          error={fieldErrors.goals}
        >
          {(control) => (
            <textarea {...control} rows={3} maxLength={2000} value={goals} onChange={(e) => setGoals(e.target.value)} />
          )}
        </FormField>
      </fieldset>
      <StatusMessage kind="error" message={error} />
      <StatusMessage kind="status" message={busy ? 'Saving…' : status} />
      {open && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {application && application.status !== 'withdrawn' ? 'Save changes' : 'Submit application'}
          </button>
        </div>
      )}
    </form>
  );
}
