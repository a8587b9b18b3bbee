import { useState } from 'react';
import { useApi } from '../../shared/useApi';
import { feedbackApi, type QuestionResult, type ResultFilter } from './feedbackApi';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { DataTable, type Column } from '../../shared/ui/DataTable';

const AUDIENCE_LABELS: Record<string, string> = { mentee: 'Mentees', mentor: 'Mentors' };

const RESULT_COLUMNS: Column<QuestionResult>[] = [
  { key: 'question', header: 'Question', rowHeader: true, cell: (q) => q.prompt },
  { key: 'audience', header: 'Asked of', cell: (q) => AUDIENCE_LABELS[q.audience] ?? q.audience },
  { key: 'answers', header: 'Answers', cell: (q) => q.responses },
  { key: 'figure', header: 'Mean, distribution or comments', cell: (q) => <Figure result={q} /> },
];

function Figure({ result }: { result: QuestionResult }) {
  if (result.withheld) {
    return <span className="withheld">withheld: {result.withheld_reason}</span>;
  }
  if (result.answer_type === 'text') {
    return result.texts.length === 0 ? (
      <span className="meta">No comments</span>
    ) : (
      <ul className="survey-texts">
        {result.texts.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    );
  }
  const mean = result.mean?.value;
  return (
    <>
      {mean !== null && mean !== undefined && <strong>{mean.toFixed(2)}</strong>}
      <span className="meta">
        {' '}
        ({result.distribution.map((d) => `${d.value}: ${d.count}`).join(', ')})
      </span>
    </>
  );
}

/**
 * A survey's aggregates for admins and sponsors. Every figure stands on at least k answers; a filter that would
 * leave fewer than k in the group, or fewer than k outside it, shows the figure as withheld with its reason.
 */
export function SurveyResultsPanel({ programmeId, surveyId }: { programmeId: number; surveyId: number }) {
  const [filter, setFilter] = useState<ResultFilter>({});
  const [gradeBand, setGradeBand] = useState('');
  const { data: results, error } = useApi(() => feedbackApi.results(programmeId, surveyId, filter), [programmeId, surveyId, filter]);

  return (
    <section className="survey-results" aria-labelledby={`results-${surveyId}`}>
      <h3 id={`results-${surveyId}`}>Results</h3>
      {results && (
        <p className="hint">
          Figures are shown only where at least {results.k} answers stand behind them (the programme's anonymity
          threshold); nothing here names who answered.
        </p>
      )}
      <form
        className="search-form survey-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...filter, grade_band: gradeBand.trim() || undefined });
        }}
      >
        <div className="field">
          <label htmlFor={`filter-side-${surveyId}`}>Answered by</label>
          <select
            id={`filter-side-${surveyId}`}
            value={filter.side ?? ''}
            onChange={(e) => setFilter({ ...filter, side: e.target.value || undefined })}
          >
            <option value="">Everyone</option>
            <option value="mentee">Mentees</option>
            <option value="mentor">Mentors</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`filter-department-${surveyId}`}>Department</label>
          <select
            id={`filter-department-${surveyId}`}
            value={filter.department ?? ''}
            onChange={(e) => setFilter({ ...filter, department: e.target.value || undefined })}
          >
            <option value="">All departments</option>
            {results?.departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`filter-grade-${surveyId}`}>Grade band</label>
          <input
            id={`filter-grade-${surveyId}`}
            value={gradeBand}
            placeholder="e.g. 3-5"
            onChange={(e) => setGradeBand(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-small">
            Apply
          </button>
        </div>
      </form>
      <StatusMessage kind="error" message={error} />
      {results && (
        <div className="table-wrap">
          <DataTable
            caption="Aggregates per question"
            captionClassName="visually-hidden"
            columns={RESULT_COLUMNS}
            rows={results.questions}
            rowKey={(q) => q.id}
          />
        </div>
      )}
    </section>
  );
}
