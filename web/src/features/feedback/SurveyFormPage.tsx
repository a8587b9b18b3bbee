import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { feedbackApi, type Answer, type SurveyForm, type SurveyQuestion } from './feedbackApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

type Values = Record<number, string>;

function QuestionInput({ question, value, onChange, disabled }: { question: SurveyQuestion; value: string; onChange: (v: string) => void; disabled: boolean }) {
  const id = `q-${question.id}`;
  const label = (
    <>
      {question.prompt}
      {question.required ? <span className="meta"> (required)</span> : <span className="meta"> (optional)</span>}
    </>
  );
  if (question.answer_type === 'text') {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} rows={3} maxLength={2000} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      </div>
    );
  }
  const options =
    question.answer_type === 'choice'
      ? question.choices
      : question.answer_type === 'recommend'
        ? Array.from({ length: 11 }, (_, i) => String(i))
        : ['1', '2', '3', '4', '5'];
  return (
    <fieldset className="plain-fieldset survey-question">
      <legend>{label}</legend>
      <div className="pulse-scale">
        {options.map((option) => (
          <label key={option} className="pulse-choice">
            <input type="radio" name={id} value={option} checked={value === option} disabled={disabled} onChange={() => onChange(option)} />
            <span>{option}</span>
          </label>
        ))}
      </div>
      {question.answer_type === 'likert' && <p className="hint">1 = not at all, 5 = fully</p>}
    </fieldset>
  );
}

function toAnswers(questions: SurveyQuestion[], values: Values): Answer[] {
  const answers: Answer[] = [];
  for (const q of questions) {
    const value = values[q.id];
    if (value === undefined || value === '') continue;
    if (q.answer_type === 'text') answers.push({ question_id: q.id, text: value });
    else if (q.answer_type === 'choice') answers.push({ question_id: q.id, choice: value });
    else answers.push({ question_id: q.id, number: Number(value) });
  }
  return answers;
}

/** The answers the person gave before, as the form's values. */
function ownValues(form: SurveyForm): Values {
  const own: Values = {};
  for (const a of form.own_answers) own[a.question_id] = a.text ?? a.choice ?? (a.number !== null && a.number !== undefined ? String(a.number) : '');
  return own;
}

/** `#/surveys/:surveyId/pairs/:pairId`: one person answering a survey for their side of their pair. */
export function SurveyFormPage({ surveyId, pairId }: { surveyId: number; pairId: number }) {
  const loaded = useApi(() => feedbackApi.form(surveyId, pairId), [surveyId, pairId]);
  const form = loaded.data;
  // The person's answers once they change one; until then, the answers they gave before.
  const [edited, setValues] = useState<Values | null>(null);
  const values = edited ?? (form ? ownValues(form) : {});
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loaded.error;
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setSaving(true);
    setError(null);
    try {
      loaded.setData(await feedbackApi.respond(surveyId, pairId, toAnswers(form.survey.questions, values)));
    } catch (e) {
      const rows = e instanceof ApiError ? (e.problem as { errors?: { reason: string }[] }).errors : undefined;
      setError(rows && rows.length > 0 ? rows.map((r) => r.reason).join('; ') : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const locked = !form || form.answered || form.survey.status !== 'open';
  return (
    <>
      <PageHeading>{form ? form.survey.title : 'Survey'}</PageHeading>
      {form && (
        <p className="meta">
          {form.programme_name} · you answer as the pair's {form.side} · open until {form.survey.closes_on}
        </p>
      )}
      <p className="hint">
        Your partner sees your ratings only after both of you have answered, and never your comments. The programme team
        sees figures over several answers only.
      </p>
      {form?.answered && (
        <StatusMessage
          kind="status"
          message={
            form.released
              ? 'Thank you: both of you have answered. Your ratings from your partner are under My feedback.'
              : 'Thank you: your answers are in. Your partner’s ratings appear under My feedback once they answer too.'
          }
        />
      )}
      {form && form.survey.status !== 'open' && !form.answered && <StatusMessage kind="status" message="This survey is closed." />}
      {form && (
        <form onSubmit={submit} className="survey-form">
          {form.survey.questions.map((q) => (
            <QuestionInput key={q.id} question={q} value={values[q.id] ?? ''} disabled={locked} onChange={(v) => setValues({ ...values, [q.id]: v })} />
          ))}
          <StatusMessage kind="error" message={error} />
          {!locked && (
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={saving}>
                {saving ? 'Sending…' : 'Send my answers'}
              </button>
            </div>
          )}
        </form>
      )}
      {!form && <StatusMessage kind="error" message={error} />}
    </>
  );
}
