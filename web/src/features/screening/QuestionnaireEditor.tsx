import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { problemField, screeningApi, type QuestionInput } from './screeningApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

/** The questions as the editor edits them: what the API lists, without what it adds. */
const asInputs = (items: QuestionInput[]): QuestionInput[] => items.map(({ id, quality, prompt }) => ({ id, quality, prompt }));

/** The admin's editor of a programme's screening questionnaire: each question probes one quality. */
export function QuestionnaireEditor({ programmeId }: { programmeId: number }) {
  const loaded = useApi(async () => asInputs((await screeningApi.questions(programmeId)).items), [programmeId]);
  // The admin's changes since the questionnaire was last read or saved; null while there are none.
  const [edited, setQuestions] = useState<QuestionInput[] | null>(null);
  const questions = edited ?? loaded.data;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [field, setField] = useState<string | undefined>();

  if (!questions) {
    return <StatusMessage kind={loaded.error ? 'error' : 'status'} message={loaded.error ?? 'Loading the questionnaire…'} />;
  }

  const update = (i: number, change: Partial<QuestionInput>) =>
    setQuestions((list) => (list ?? questions).map((q, j) => (j === i ? { ...q, ...change } : q)));
  const move = (i: number, by: number) =>
    setQuestions((list) => {
      const next = [...(list ?? questions)];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    setError(null);
    setField(undefined);
    try {
      const saved = await screeningApi.replaceQuestions(programmeId, questions ?? []);
      loaded.setData(asInputs(saved.items));
      setQuestions(null);
      setStatus(`The questionnaire is saved: ${saved.items.length} questions, scoring ${saved.qualities.join(', ')}.`);
    } catch (e) {
      setField(problemField(e));
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (name: string) => (field === name ? (error ?? undefined) : undefined);

  return (
    <form className="questionnaire-editor" onSubmit={(e) => void save(e)} noValidate>
      <p className="meta">
        Mentor applicants answer these questions; reviewers score each quality from 1 to 5. Changing a question keeps the
        answers given to it; removing one keeps its answers readable.
      </p>
      {questions.map((q, i) => (
        <fieldset className="form-section" key={q.id ?? `new-${i}`}>
          <legend>Question {i + 1}</legend>
          <FormField id={`question-${i}-quality`} label="Quality" hint="One word, e.g. patience" error={errorFor(`questions[${i}].quality`)}>
            {(control) => (
              <input {...control} type="text" value={q.quality} maxLength={40} disabled={busy} onChange={(e) => update(i, { quality: e.target.value })} />
            )}
          </FormField>
          <FormField id={`question-${i}-prompt`} label="Question" error={errorFor(`questions[${i}].prompt`)}>
            {(control) => (
              <textarea {...control} rows={2} value={q.prompt} maxLength={500} disabled={busy} onChange={(e) => update(i, { prompt: e.target.value })} />
            )}
          </FormField>
          <div className="row-actions">
            <button type="button" className="button button-small" disabled={busy || i === 0} onClick={() => move(i, -1)}>
              Move up
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={busy || i === questions.length - 1}
              onClick={() => move(i, 1)}
            >
              Move down
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              disabled={busy}
              onClick={() => setQuestions((list) => (list ?? questions).filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        </fieldset>
      ))}
      {field === 'questions' && <p className="field-error">{error}</p>}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => setQuestions((list) => [...(list ?? questions), { quality: '', prompt: '' }])}>
          Add a question
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Save questionnaire
        </button>
      </div>
      <StatusMessage kind="status" message={busy ? 'Saving…' : status} />
      <StatusMessage kind="error" message={error} />
    </form>
  );
}
