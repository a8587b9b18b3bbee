import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { feedbackApi, type AnswerType, type Audience, type Survey, type SurveyQuestion } from './feedbackApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SurveyResultsPanel } from './SurveyResultsPanel';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';
import { DataTable, type Column } from '../../shared/ui/DataTable';

const TYPE_LABELS: Record<AnswerType, string> = {
  likert: 'Rating 1–5',
  recommend: 'Recommendation 0–10',
  choice: 'Single choice',
  text: 'Free text',
};

function AddQuestionForm({ onAdd }: { onAdd: (q: { audience: Audience; answer_type: AnswerType; prompt: string; choices: string[]; required: boolean }) => Promise<void> }) {
  const [audience, setAudience] = useState<Audience>('mentee');
  const [type, setType] = useState<AnswerType>('likert');
  const [prompt, setPrompt] = useState('');
  const [choices, setChoices] = useState('');
  const [required, setRequired] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onAdd({
      audience,
      answer_type: type,
      prompt,
      choices: type === 'choice' ? choices.split('\n').map((c) => c.trim()).filter(Boolean) : [],
      required,
    });
    setPrompt('');
    setChoices('');
  };
  return (
    <form onSubmit={submit} className="form-section survey-add-question">
      <h4>Add a question</h4>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-question-audience">Asked of</label>
          <select id="new-question-audience" value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
            <option value="mentee">Mentees</option>
            <option value="mentor">Mentors</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-question-type">Answer</label>
          <select id="new-question-type" value={type} onChange={(e) => setType(e.target.value as AnswerType)}>
            {(Object.keys(TYPE_LABELS) as AnswerType[]).map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="new-question-prompt">Question</label>
        <input id="new-question-prompt" value={prompt} onChange={(e) => setPrompt(e.target.value)} required />
      </div>
      {type === 'choice' && (
        <div className="field">
          <label htmlFor="new-question-choices">Choices, one a line</label>
          <textarea id="new-question-choices" rows={3} value={choices} onChange={(e) => setChoices(e.target.value)} />
        </div>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} /> Required
      </label>
      <div className="form-actions">
        <button type="submit" className="button">
          Add question
        </button>
      </div>
    </form>
  );
}

type QuestionPatch = { prompt?: string; required?: boolean; archived?: boolean };

/** A question's text: an input while the survey has no responses, saved on demand. */
function QuestionPrompt({ question, editable, onPatch }: { question: SurveyQuestion; editable: boolean; onPatch: (patch: QuestionPatch) => void }) {
  const [prompt, setPrompt] = useState(question.prompt);
  return (
    <>
      {editable && !question.archived ? (
        <span className="row-actions">
          <label className="visually-hidden" htmlFor={`prompt-${question.id}`}>
            Question {question.position}
          </label>
          <input id={`prompt-${question.id}`} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
          {prompt !== question.prompt && (
            <button type="button" className="button button-small" onClick={() => onPatch({ prompt })}>
              Save
            </button>
          )}
        </span>
      ) : (
        question.prompt
      )}
      {question.choices.length > 0 && <div className="meta">Choices: {question.choices.join(', ')}</div>}
    </>
  );
}

/** The questions table: `onMove` takes a question's place in the list and how far it moves. */
function questionColumns({
  editable,
  count,
  onMove,
  onPatch,
}: {
  editable: boolean;
  count: number;
  onMove: (index: number, delta: number) => void;
  onPatch: (question: SurveyQuestion, patch: QuestionPatch) => void;
}): Column<SurveyQuestion>[] {
  return [
    { key: 'position', header: '#', cell: (question) => question.position },
    {
      key: 'prompt',
      header: 'Question',
      cell: (question) => <QuestionPrompt question={question} editable={editable} onPatch={(patch) => onPatch(question, patch)} />,
    },
    { key: 'audience', header: 'Asked of', cell: (question) => (question.audience === 'mentee' ? 'Mentees' : 'Mentors') },
    { key: 'answer', header: 'Answer', cell: (question) => TYPE_LABELS[question.answer_type as AnswerType] },
    { key: 'required', header: 'Required', cell: (question) => (question.required ? 'Required' : 'Optional') },
    {
      key: 'actions',
      header: 'Actions',
      cell: (question, index) => (
        <span className="row-actions">
          <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(index, -1)} aria-label={`Move question ${question.position} up`}>
            ↑
          </button>
          <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(index, 1)} aria-label={`Move question ${question.position} down`}>
            ↓
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => onPatch(question, { archived: !question.archived })}>
            {question.archived ? 'Restore' : 'Archive'}
          </button>
        </span>
      ),
    },
  ];
}

function SurveyEditor({ programmeId, survey, canEdit, onChanged }: { programmeId: number; survey: Survey; canEdit: boolean; onChanged: (s: Survey) => void }) {
  const [title, setTitle] = useState(survey.title);
  const [opensOn, setOpensOn] = useState(survey.opens_on);
  const [closesOn, setClosesOn] = useState(survey.closes_on);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showResults, setShowResults] = useState(survey.status !== 'draft');

  const act = async (action: () => Promise<Survey>, done: (s: Survey) => string | null) => {
    setError(null);
    setMessage(null);
    try {
      const updated = await action();
      onChanged(updated);
      setMessage(done(updated));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const editable = canEdit && (survey.responses ?? 0) === 0;
  const ids = survey.questions.map((q) => q.id);
  const move = (index: number, delta: number) => {
    const order = [...ids];
    const [moved] = order.splice(index, 1);
    order.splice(index + delta, 0, moved!);
    void act(() => feedbackApi.reorder(programmeId, survey.id, order), () => 'Order saved.');
  };

  return (
    <section className="panel survey-editor" aria-labelledby={`survey-${survey.id}`}>
      <h2 id={`survey-${survey.id}`}>
        {survey.title} <span className={`badge badge-${survey.status === 'open' ? 'active' : survey.status === 'closed' ? 'archived' : 'draft'}`}>{survey.status}</span>
      </h2>
      <p className="meta">
        Opens {survey.opens_on}, closes {survey.closes_on}. {survey.responses ?? 0} responses so far.
      </p>
      {canEdit && (
        <>
          <form
            className="field-row"
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => feedbackApi.updateSurvey(programmeId, survey.id, { title, opens_on: opensOn, closes_on: closesOn }), () => 'Saved.');
            }}
          >
            <div className="field">
              <label htmlFor={`title-${survey.id}`}>Title</label>
              <input id={`title-${survey.id}`} value={title} onChange={(e) => setTitle(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`opens-${survey.id}`}>Opens on</label>
              <input id={`opens-${survey.id}`} type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`closes-${survey.id}`}>Closes on</label>
              <input id={`closes-${survey.id}`} type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />
            </div>
            <div className="form-actions">
              <button type="submit" className="button">
                Save
              </button>
              {survey.status !== 'open' ? (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() =>
                    void act(
                      () => feedbackApi.openSurvey(programmeId, survey.id),
                      (s) => `Survey open: ${s.invitations_queued ?? 0} invitations queued.`,
                    )
                  }
                >
                  Open survey
                </button>
              ) : (
                <button type="button" className="button" onClick={() => void act(() => feedbackApi.closeSurvey(programmeId, survey.id), () => 'Survey closed.')}>
                  Close survey
                </button>
              )}
            </div>
          </form>
          <StatusMessage kind="status" message={message} />
          <StatusMessage kind="error" message={error} />
        </>
      )}
      <details>
        <summary>Questions ({survey.questions.filter((q) => !q.archived).length})</summary>
        {canEdit && !editable && <p className="hint">The survey has responses: questions can be archived or reordered, not changed.</p>}
        <DataTable
          frame="wrap"
          columns={questionColumns({
            editable,
            count: survey.questions.length,
            onMove: move,
            onPatch: (question, patch) =>
              void act(() => feedbackApi.editQuestion(programmeId, survey.id, question.id, patch), () => 'Question saved.'),
          })}
          rows={survey.questions}
          rowKey={(question) => question.id}
          rowProps={(question) => ({ className: question.archived ? 'survey-question-archived' : undefined })}
        />
        {editable && <AddQuestionForm onAdd={(q) => act(() => feedbackApi.addQuestion(programmeId, survey.id, q), () => 'Question added.')} />}
      </details>
      {showResults ? (
        <SurveyResultsPanel programmeId={programmeId} surveyId={survey.id} />
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setShowResults(true)}>
          Show results
        </button>
      )}
    </section>
  );
}

/** `#/programmes/:id/surveys`: the mid-point and closing surveys, their questions and their guarded results. */
export function SurveysAdminPage({ programmeId, canEdit }: { programmeId: number; canEdit: boolean }) {
  const { data: surveys, setData: setSurveys, error } = useApi(async () => (await feedbackApi.surveys(programmeId)).items, [programmeId]);
  const [settingUp, setSettingUp] = useState(false);
  const [setUpError, setSetUpError] = useState<string | null>(null);
  const missingStandard =
    surveys !== null && !(['midpoint', 'closing'] as const).every((kind) => surveys.some((survey) => survey.kind === kind));

  const setUpStandardSurveys = async () => {
    setSettingUp(true);
    setSetUpError(null);
    try {
      setSurveys((await feedbackApi.setUpStandardSurveys(programmeId)).items);
    } catch (e) {
      setSetUpError(errorMessage(e));
    } finally {
      setSettingUp(false);
    }
  };

  return (
    <>
      <PageHeading>Surveys</PageHeading>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>Back to the programme</a>
      </p>
      <StatusMessage kind="error" message={error} />
      <StatusMessage kind="error" message={setUpError} />
      {surveys?.length === 0 && <p className="empty">No surveys yet: an administrator sets up the standard ones here.</p>}
      {canEdit && missingStandard && (
        <p>
          <button type="button" className="button" disabled={settingUp} onClick={() => void setUpStandardSurveys()}>
            Set up the mid-point and closing surveys
          </button>
        </p>
      )}
      {surveys?.map((survey) => (
        <SurveyEditor
          key={survey.id}
          programmeId={programmeId}
          survey={survey}
          canEdit={canEdit}
          onChanged={(updated) => setSurveys((all) => all?.map((s) => (s.id === updated.id ? { ...s, ...updated } : s)) ?? null)}
        />
      ))}
    </>
  );
}

/** The link from a programme's page to its surveys, for admins and sponsors. */
export function SurveysLink({ programmeId }: { programmeId: number }) {
  return (
    <p className="funnel-link">
      <a href={hrefFor({ name: 'programme-surveys', id: programmeId })}>Surveys and feedback results</a>
    </p>
  );
}
