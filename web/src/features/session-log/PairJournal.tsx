import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage, orWhenRefused } from '../../api/client';
import {
  INSIGHT_STATUSES,
  sessionLogApi,
  type ActionItem,
  type GoalSideProgress,
  type Insight,
  type InsightStatus,
  type PairSide,
} from './sessionLogApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

const SIDE_LABELS: Record<PairSide, string> = { mentee: 'Mentee', mentor: 'Mentor' };
const INSIGHT_LABELS: Record<InsightStatus, string> = {
  planned: 'Planned',
  tried: 'Tried',
  adopted: 'Adopted',
  dropped: 'Dropped',
};

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The field a problem names, with its message, or a general message. */
function problemOf(error: unknown): { field?: string; message: string } {
  if (error instanceof ApiError && error.problem.field) {
    return { field: error.problem.field, message: error.problem.detail ?? errorMessage(error) };
  }
  return { message: errorMessage(error) };
}

function ActionItems({ pairId, items, onChange }: { pairId: number; items: ActionItem[]; onChange: () => void }) {
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<PairSide>('mentee');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await sessionLogApi.createActionItem(pairId, { title, owner_side: owner, due_on: due || null });
      setTitle('');
      setDue('');
      onChange();
    } catch (e: unknown) {
      setProblem(problemOf(e));
    }
  };
  const toggle = async (item: ActionItem) => {
    setProblem(null);
    try {
      await sessionLogApi.updateActionItem(pairId, item.id, { status: item.status === 'done' ? 'open' : 'done' });
      onChange();
    } catch (e: unknown) {
      setProblem(problemOf(e));
    }
  };

  return (
    <section className="journal-section" aria-labelledby="action-items-heading">
      <h3 id="action-items-heading">Action items</h3>
      {items.length === 0 ? (
        <p className="hint">No action items yet.</p>
      ) : (
        <ul className="action-items" data-testid="action-items">
          {items.map((item) => (
            <li key={item.id} className={item.status === 'done' ? 'done' : undefined}>
              <label>
                <input type="checkbox" checked={item.status === 'done'} onChange={() => void toggle(item)} />{' '}
                {item.title}
              </label>{' '}
              <span className="meta">
                {SIDE_LABELS[item.owner_side]}
                {item.due_on && <>, due {formatDay(item.due_on)}</>}
                {item.completed_at && <>, done {formatDay(item.completed_at)}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="journal-form" aria-label="Add an action item">
        <FormField id="action-title" label="New action item" error={problem?.field === 'title' ? problem.message : undefined}>
          {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />}
        </FormField>
        <FormField id="action-owner" label="Whose" error={problem?.field === 'owner_side' ? problem.message : undefined}>
          {(control) => (
            <select {...control} value={owner} onChange={(e) => setOwner(e.target.value as PairSide)}>
              <option value="mentee">Mentee</option>
              <option value="mentor">Mentor</option>
            </select>
          )}
        </FormField>
        <FormField id="action-due" label="Due (optional)" error={problem?.field === 'due_on' ? problem.message : undefined}>
          {(control) => <input {...control} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
        </FormField>
        <button type="submit">Add action item</button>
      </form>
      <StatusMessage kind="error" message={problem && !['title', 'owner_side', 'due_on'].includes(problem.field ?? '') ? problem.message : null} />
    </section>
  );
}

function GoalProgress({ pairId, sides, onChange }: { pairId: number; sides: GoalSideProgress[]; onChange: () => void }) {
  const [side, setSide] = useState<PairSide>('mentee');
  const [percent, setPercent] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);

  const record = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const value = Number(percent);
    if (percent.trim() === '' || !Number.isInteger(value)) {
      setProblem({ field: 'percent', message: 'Enter a whole number from 0 to 100.' });
      return;
    }
    try {
      await sessionLogApi.recordGoalProgress(pairId, { goal_side: side, percent: value, comment });
      setPercent('');
      setComment('');
      onChange();
    } catch (e: unknown) {
      setProblem(problemOf(e));
    }
  };

  return (
    <section className="journal-section" aria-labelledby="goal-progress-heading">
      <h3 id="goal-progress-heading">Goal progress</h3>
      <div className="goal-sides">
        {sides.map((s) => (
          <div key={s.goal_side} className="goal-side" data-testid={`goal-${s.goal_side}`}>
            <h4>{SIDE_LABELS[s.goal_side]}'s goals</h4>
            {s.current ? (
              <>
                <p>
                  <progress max={100} value={s.current.percent} aria-label={`${SIDE_LABELS[s.goal_side]}'s goals`} />{' '}
                  <strong>{s.current.percent}%</strong> <span className="meta">on {formatDay(s.current.recorded_at)}</span>
                </p>
                {s.current.comment && <p className="goal-comment">{s.current.comment}</p>}
                {s.history.length > 1 && (
                  <details>
                    <summary>History ({s.history.length} updates)</summary>
                    <ol className="goal-history">
                      {s.history.map((entry) => (
                        <li key={entry.id}>
                          {formatDay(entry.recorded_at)}: {entry.percent}%{entry.comment && <> – {entry.comment}</>}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </>
            ) : (
              <p className="hint">No progress recorded yet.</p>
            )}
          </div>
        ))}
      </div>
      <form onSubmit={record} className="journal-form" aria-label="Record goal progress" noValidate>
        <FormField id="goal-side" label="Whose goals">
          {(control) => (
            <select {...control} value={side} onChange={(e) => setSide(e.target.value as PairSide)}>
              <option value="mentee">Mentee's</option>
              <option value="mentor">Mentor's</option>
            </select>
          )}
        </FormField>
        <FormField id="goal-percent" label="Progress (%)" error={problem?.field === 'percent' ? problem.message : undefined}>
          {(control) => (
            <input {...control} type="number" min={0} max={100} step={1} value={percent} onChange={(e) => setPercent(e.target.value)} />
          )}
        </FormField>
        <FormField id="goal-comment" label="Comment" error={problem?.field === 'comment' ? problem.message : undefined}>
          {(control) => <input {...control} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />}
        </FormField>
        <button type="submit">Record progress</button>
      </form>
      <StatusMessage kind="error" message={problem && !['percent', 'comment'].includes(problem.field ?? '') ? problem.message : null} />
    </section>
  );
}

function InsightRow({ pairId, insight, onChange }: { pairId: number; insight: Insight; onChange: () => void }) {
  const [status, setStatus] = useState<InsightStatus>(insight.status);
  const [note, setNote] = useState(insight.outcome_note);
  const [error, setError] = useState<string | null>(null);
  const changed = status !== insight.status || note !== insight.outcome_note;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await sessionLogApi.updateInsight(pairId, insight.id, { status, outcome_note: note });
      onChange();
    } catch (e: unknown) {
      setError(errorMessage(e));
    }
  };

  return (
    <li className={`insight insight-${insight.status}`} data-status={insight.status}>
      <p>
        <strong>{insight.idea}</strong> <span className={`badge badge-${insight.status}`}>{INSIGHT_LABELS[insight.status]}</span>
      </p>
      <form onSubmit={save} className="journal-form insight-form" aria-label={`Update: ${insight.idea}`}>
        <FormField id={`insight-${insight.id}-status`} label="Status">
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value as InsightStatus)}>
              {INSIGHT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {INSIGHT_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`insight-${insight.id}-note`} label="What we did about it">
          {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />}
        </FormField>
        <button type="submit" disabled={!changed}>
          Save
        </button>
      </form>
      <StatusMessage kind="error" message={error} />
    </li>
  );
}

function Insights({ pairId, insights, onChange }: { pairId: number; insights: Insight[]; onChange: () => void }) {
  const [idea, setIdea] = useState('');
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await sessionLogApi.createInsight(pairId, { idea });
      setIdea('');
      onChange();
    } catch (e: unknown) {
      setProblem(problemOf(e));
    }
  };
  const counts = INSIGHT_STATUSES.map((s) => `${insights.filter((i) => i.status === s).length} ${INSIGHT_LABELS[s].toLowerCase()}`);

  return (
    <section className="journal-section" aria-labelledby="insights-heading">
      <h3 id="insights-heading">Insights</h3>
      <p className="hint">Ideas the senior takes away, and what came of them. {insights.length > 0 && <>So far: {counts.join(', ')}.</>}</p>
      <ul className="insights" data-testid="insights">
        {insights.map((insight) => (
          <InsightRow key={`${insight.id}-${insight.updated_at}`} pairId={pairId} insight={insight} onChange={onChange} />
        ))}
      </ul>
      <form onSubmit={add} className="journal-form" aria-label="Add an insight">
        <FormField id="insight-idea" label="New insight" error={problem?.field === 'idea' ? problem.message : undefined}>
          {(control) => <input {...control} value={idea} onChange={(e) => setIdea(e.target.value)} maxLength={2000} />}
        </FormField>
        <button type="submit">Add insight</button>
      </form>
      <StatusMessage kind="error" message={problem && problem.field !== 'idea' ? problem.message : null} />
    </section>
  );
}

/** The journal's three parts, read together. */
async function readJournal(pairId: number) {
  const [items, goals, insights] = await Promise.all([
    sessionLogApi.actionItems(pairId),
    sessionLogApi.goalProgress(pairId),
    sessionLogApi.insights(pairId),
  ]);
  return { items: items.items, goals: goals.items, insights: insights.items };
}

/**
 * The pair's shared journal on the pair page: action items, goal progress with its history, and insights with
 * their status. Both people read and write it; administrators and sponsors do not see it pair by pair.
 */
export function PairJournal({ pairId }: { pairId: number }) {
  const { data: journal, error, reload: load } = useApi(
    // Anyone but the two of them is refused (403): the journal then says whose it is instead.
    () => orWhenRefused(readJournal(pairId), [403], () => 'not shared' as const),
    [pairId],
  );

  if (journal === 'not shared') {
    return (
      <section className="pair-journal panel" aria-labelledby="pair-journal-heading">
        <h2 id="pair-journal-heading">Journal</h2>
        <p className="hint">The pair's journal is theirs alone; programme figures are on the programme's pages.</p>
      </section>
    );
  }
  return (
    <section className="pair-journal panel" aria-labelledby="pair-journal-heading">
      <h2 id="pair-journal-heading">Journal</h2>
      <p className="hint">Shared by the two of you: both can add and update everything here.</p>
      <StatusMessage kind="status" message={!journal && !error ? 'Loading the journal…' : null} />
      <StatusMessage kind="error" message={error} />
      {journal && (
        <>
          <ActionItems pairId={pairId} items={journal.items} onChange={load} />
          <GoalProgress pairId={pairId} sides={journal.goals} onChange={load} />
          <Insights pairId={pairId} insights={journal.insights} onChange={load} />
        </>
      )}
    </section>
  );
}
