import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { programmesApi } from '../programmes/programmesApi';
import { hrefFor } from '../../shared/routes';
import {
  ROLE_LABELS,
  trainingApi,
  type AttemptOutcome,
  type MyTraining,
  type MyTrainingModule,
} from './trainingApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { QuizForm } from './QuizForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TrainingStatusBadge } from './TrainingStatusBadge';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { useApi } from '../../shared/useApi';

/** "1, 3 and 4" from 0-based question indices. */
function questionList(indices: number[]): string {
  const numbers = indices.map((i) => String(i + 1));
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

function outcomeMessage(outcome: AttemptOutcome): string {
  if (outcome.passed) {
    const complete = outcome.role_complete ? ' You have now passed every module of your training.' : '';
    return `Passed: you scored ${outcome.score}% (the pass mark is ${outcome.pass_mark}%).${complete}`;
  }
  const wrong = outcome.wrong_questions;
  const which = wrong.length === 1 ? `Question ${questionList(wrong)} was` : `Questions ${questionList(wrong)} were`;
  return `Not passed yet: you scored ${outcome.score}% and the pass mark is ${outcome.pass_mark}%. ${which} not right. Read the module again and retry.`;
}

/** A participant's training in one programme: their modules with status, reading one, and taking its quiz. */
export function MyTrainingPage({ programmeId }: { programmeId: number }) {
  const loaded = useApi(
    () => Promise.all([programmesApi.getProgramme(programmeId), trainingApi.mine(programmeId)]),
    [programmeId],
  );
  const [programme, training] = loaded.data ?? [null, null];
  const loadError = loaded.error;
  const setTraining = (mine: MyTraining) => loaded.setData((current) => current && [current[0], mine]);
  const [selected, setSelected] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<AttemptOutcome | null>(null);
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = (module: MyTrainingModule | null) => {
    setSelected(module?.id ?? null);
    setOutcome(null);
    setRound((r) => r + 1);
    window.scrollTo(0, 0);
  };

  const submit = async (module: MyTrainingModule, answers: number[]) => {
    setBusy(true);
    setError(null);
    try {
      const result = await trainingApi.attempt(programmeId, module.id, answers);
      setOutcome(result);
      setTraining(await trainingApi.mine(programmeId));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const modules = training?.items ?? [];
  const current = modules.find((m) => m.id === selected) ?? null;
  const bothRoles = new Set(modules.map((m) => m.role)).size > 1;
  const moduleColumns: Column<MyTrainingModule>[] = [
    {
      key: 'module',
      header: 'Module',
      rowHeader: true,
      cell: (module) => (
        <button type="button" className="link-button" onClick={() => open(module)}>
          {module.title}
        </button>
      ),
    },
    ...(bothRoles ? [{ key: 'for', header: 'For', cell: (module: MyTrainingModule) => ROLE_LABELS[module.role] }] : []),
    { key: 'status', header: 'Status', cell: (module) => <TrainingStatusBadge status={module.status} /> },
    { key: 'best', header: 'Best score', cell: (module) => (module.best_score === null ? '—' : `${module.best_score}%`) },
    { key: 'attempts', header: 'Attempts', cell: (module) => module.attempts },
  ];

  return (
    <div className="page training-page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'training' })}>Training</a>
      </p>
      <PageHeading>Training{programme ? `: ${programme.name}` : ''}</PageHeading>
      <StatusMessage kind="error" message={error ?? loadError} />
      {!training && !(error ?? loadError) && <p aria-busy="true">Loading your modules…</p>}

      {training && !current && (
        <>
          <p className={training.complete ? 'message message-ok' : 'meta'}>
            {training.complete && modules.length > 0
              ? 'You have passed every module. Thank you for taking the time.'
              : 'Read each module, then take its short quiz. You can retry a quiz as often as you need.'}
          </p>
          {modules.length === 0 ? (
            <p className="empty">There are no training modules for you in this programme.</p>
          ) : (
            <div className="table-wrap">
              <DataTable
                className="data-table training-modules"
                caption="Your training modules"
                captionClassName="visually-hidden"
                columns={moduleColumns}
                rows={modules}
                rowKey={(module) => module.id}
                rowProps={(module) => ({ 'data-module': module.title })}
              />
            </div>
          )}
        </>
      )}

      {current && (
        <article className="panel training-module" aria-labelledby="training-module-title">
          <p className="breadcrumb">
            <button type="button" className="link-button" onClick={() => open(null)}>
              All modules
            </button>
          </p>
          <div className="page-title-row">
            <h2 id="training-module-title">{current.title}</h2>
            <span>
              Status: <TrainingStatusBadge status={current.status} />
            </span>
          </div>
          {/* The server renders the Markdown with cmark-gfm and drops raw HTML and unsafe links. */}
          <div className="training-content" dangerouslySetInnerHTML={{ __html: current.html }} />
          <section className="form-section" aria-labelledby="quiz-heading">
            <h3 id="quiz-heading">Quiz</h3>
            <p className="hint">
              {current.quiz.length} questions; you pass with {current.pass_mark}% right answers.
            </p>
            {/* A live region like StatusMessage's, amber rather than green when the quiz was not passed. */}
            <div
              role="status"
              aria-live="polite"
              className={outcome ? `message ${outcome.passed ? 'message-ok' : 'message-warn'}` : 'message-empty'}
            >
              {outcome ? outcomeMessage(outcome) : null}
            </div>
            {outcome?.passed ? (
              <div className="form-actions">
                <button type="button" className="button button-primary" onClick={() => open(null)}>
                  Back to all modules
                </button>
              </div>
            ) : (
              <>
                {outcome && (
                  <div className="form-actions">
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setRound((r) => r + 1);
                      }}
                    >
                      Try again
                    </button>
                  </div>
                )}
                <QuizForm
                  key={`${current.id}-${round}`}
                  moduleId={current.id}
                  quiz={current.quiz}
                  wrong={outcome?.wrong_questions ?? []}
                  busy={busy}
                  onSubmit={(answers) => void submit(current, answers)}
                />
              </>
            )}
          </section>
        </article>
      )}
    </div>
  );
}
