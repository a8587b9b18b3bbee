import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  ROLE_LABELS,
  trainingApi,
  type QuizQuestion,
  type TrainingModule,
  type TrainingModuleInput,
  type TrainingRole,
} from './trainingApi';
import { FormField } from '../../shared/ui/FormField';
import { QuizEditor } from './QuizEditor';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface TrainingModuleEditorProps {
  programmeId: number;
  role: TrainingRole;
  /** The module to edit, or null to write a new one. */
  module: TrainingModule | null;
  onSaved: (module: TrainingModule) => void;
  onCancel: () => void;
}

const NEW_QUIZ: QuizQuestion[] = [{ question: '', options: ['', ''], answer: 0 }];

/** Writes a module: title, pass mark, Markdown text with a preview the server renders, and the quiz. */
export function TrainingModuleEditor({ programmeId, role, module, onSaved, onCancel }: TrainingModuleEditorProps) {
  const [title, setTitle] = useState(module?.title ?? '');
  const [passMark, setPassMark] = useState(String(module?.pass_mark ?? 75));
  const [markdown, setMarkdown] = useState(module?.body_markdown ?? '');
  const [quiz, setQuiz] = useState<QuizQuestion[]>(module?.quiz ?? NEW_QUIZ);
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const idPrefix = `training-editor-${module?.id ?? 'new'}`;

  const showPreview = async () => {
    setBusy(true);
    try {
      setPreview(await trainingApi.preview(markdown));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const mark = Number(passMark);
    const body: TrainingModuleInput = {
      title,
      body_markdown: markdown,
      quiz,
      pass_mark: Number.isInteger(mark) ? mark : -1,
    };
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const saved = module
        ? await trainingApi.updateModule(programmeId, module.id, body)
        : await trainingApi.createModule(programmeId, { ...body, role });
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.problem.field) {
        setFieldErrors({ [e.problem.field]: e.problem.detail ?? errorMessage(e) });
      }
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const heading = module ? `Edit “${module.title}”` : `New ${ROLE_LABELS[role].toLowerCase()} module`;
  return (
    <form className="panel training-editor" onSubmit={save} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      <StatusMessage kind="error" message={error} />
      <div className="field-row">
        <FormField id={`${idPrefix}-title`} label="Title" error={fieldErrors.title}>
          {(control) => <input {...control} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField
          id={`${idPrefix}-pass-mark`}
          label="Pass mark (%)"
          hint="The share of right answers needed to pass."
          error={fieldErrors.pass_mark}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={100}
              value={passMark}
              onChange={(e) => setPassMark(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        id={`${idPrefix}-markdown`}
        label="Text (Markdown)"
        hint="Headings (#), **bold**, lists, links and tables. HTML is not allowed and is removed."
        error={fieldErrors.body_markdown}
      >
        {(control) => (
          <textarea {...control} rows={14} value={markdown} onChange={(e) => setMarkdown(e.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void showPreview()} disabled={busy}>
          Preview
        </button>
      </div>
      {preview !== null && (
        <section className="training-preview" aria-label="Preview">
          <h4>Preview</h4>
          {/* Rendered and sanitised by the server, exactly as participants will see it. */}
          <div className="training-content" dangerouslySetInnerHTML={{ __html: preview }} />
        </section>
      )}
      <QuizEditor quiz={quiz} onChange={setQuiz} errors={fieldErrors} disabled={busy} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {module ? 'Save module' : 'Add module'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
