import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { problemField, qualityLabel, screeningApi, type MyScreening } from './screeningApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

interface ScreeningAnswersFormProps {
  programmeId: number;
  /** The applicant's screening when the page has it already; read here otherwise. */
  mine?: MyScreening;
  onSaved?: (mine: MyScreening) => void;
}

/** The answers the applicant saved, by question. */
function savedAnswers(mine: MyScreening): Record<number, string> {
  const saved: Record<number, string> = {};
  for (const a of mine.answers) saved[a.question_id] = a.answer;
  return saved;
}

/**
 * The mentor screening questionnaire on an applicant's application: one answer per question, saved together.
 * An application page includes it below the application form; it explains itself when there is nothing to answer.
 */
export function ScreeningAnswersForm({ programmeId, mine: given, onSaved }: ScreeningAnswersFormProps) {
  const loaded = useApi(async () => given ?? (await screeningApi.mine(programmeId)), [programmeId, given]);
  const mine = loaded.data ?? given ?? null;
  // The applicant's changes since their answers were last read or saved; null while there are none.
  const [edited, setAnswers] = useState<Record<number, string> | null>(null);
  const answers = edited ?? (mine ? savedAnswers(mine) : {});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});

  if (!mine) {
    return <StatusMessage kind={loaded.error ? 'error' : 'status'} message={loaded.error ?? 'Loading the screening questions…'} />;
  }

  const applied = mine.application && mine.application.side === 'mentor';

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!mine) return;
    const list = mine.questions.map((q) => ({ question_id: q.id, answer: answers[q.id] ?? '' }));
    setBusy(true);
    setStatus(null);
    setError(null);
    setFieldErrors({});
    try {
      const saved = await screeningApi.saveMyAnswers(programmeId, list);
      loaded.setData(saved);
      setAnswers(null);
      setStatus('Your answers are saved. Reviewers read them with your application.');
      onSaved?.(saved);
    } catch (e) {
      const field = problemField(e);
      const at = field ? /^answers\[(\d+)\]/.exec(field) : null;
      const question = at?.[1] !== undefined ? mine.questions[Number(at[1])] : undefined;
      if (question) setFieldErrors({ [question.id]: errorMessage(e) });
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="screening-answers" aria-labelledby={`screening-answers-${programmeId}`}>
      <h2 id={`screening-answers-${programmeId}`}>Screening questions</h2>
      <p className="meta">
        Mentors are screened: being young does not make a person an authority. Answer each question in a few sentences;
        reviewers score your patience, temperament, listening and expertise from them.
      </p>
      {!applied && <p className="empty">Save your mentor application first; then answer these questions here.</p>}
      <form onSubmit={(e) => void save(e)} noValidate>
        {mine.questions.map((q, i) => (
          <FormField
            key={q.id}
            id={`screening-answer-${q.id}`}
            label={
              <>
                <span className="badge">{qualityLabel(q.quality)}</span> {i + 1}. {q.prompt}
              </>
            }
            error={fieldErrors[q.id]}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                maxLength={2000}
                value={answers[q.id] ?? ''}
                disabled={!mine.editable || busy}
                onChange={(e) => setAnswers((all) => ({ ...(all ?? answers), [q.id]: e.target.value }))}
              />
            )}
          </FormField>
        ))}
        {mine.editable ? (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              Save answers
            </button>
          </div>
        ) : (
          applied && <p className="meta">Your answers can no longer change: the application has been decided or applications have closed.</p>
        )}
        <StatusMessage kind="status" message={busy ? 'Saving…' : status} />
        <StatusMessage kind="error" message={error} />
      </form>
    </section>
  );
}
