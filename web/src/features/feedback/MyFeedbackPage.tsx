import { feedbackApi, type ReleasedFeedback } from './feedbackApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';
import { DataTable, type Column } from '../../shared/ui/DataTable';

const RATING_COLUMNS: Column<ReleasedFeedback['ratings'][number]>[] = [
  { key: 'quality', header: 'Quality', rowHeader: true, cell: (r) => r.label },
  { key: 'rating', header: 'Rating', cell: (r) => `${r.rating} of 5` },
];

/**
 * `#/my-feedback`: the surveys waiting for the caller, and the ratings their partner gave them, shown once both of
 * the pair answered (double-blind) and only as ratings per quality, "from your partner".
 */
export function MyFeedbackPage() {
  const { data, error } = useApi(() => Promise.all([feedbackApi.myFeedback(), feedbackApi.mySurveys()]), []);
  const feedback = data?.[0].items ?? null;
  const surveys = data?.[1].items ?? null;

  const waiting = surveys?.filter((s) => s.status === 'open' && !s.answered) ?? [];
  return (
    <>
      <PageHeading>My feedback</PageHeading>
      <StatusMessage kind="error" message={error} />
      {waiting.length > 0 && (
        <section className="panel" aria-labelledby="surveys-waiting">
          <h2 id="surveys-waiting">Surveys waiting for you</h2>
          <ul>
            {waiting.map((s) => (
              <li key={`${s.survey_id}-${s.pair_id}`}>
                <a href={hrefFor({ name: 'survey-form', surveyId: s.survey_id, pairId: s.pair_id })}>{s.title}</a> <span className="meta">(open until {s.closes_on})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {feedback?.length === 0 && <p className="empty">No surveys yet.</p>}
      {feedback?.map((item) => (
        <section key={`${item.survey_id}-${item.pair_id}`} className="panel my-feedback" aria-labelledby={`feedback-${item.survey_id}-${item.pair_id}`}>
          <h2 id={`feedback-${item.survey_id}-${item.pair_id}`}>{item.survey_title}</h2>
          {item.released ? (
            item.ratings.length === 0 ? (
              <p className="empty">Your partner gave no ratings in this survey.</p>
            ) : (
              <div className="table-wrap">
                <DataTable
                  caption={`Ratings from ${item.from}, 1 (not at all) to 5 (fully)`}
                  columns={RATING_COLUMNS}
                  rows={item.ratings}
                  rowKey={(r) => r.quality}
                />
              </div>
            )
          ) : (
            <p className="withheld">{item.withheld_reason}</p>
          )}
        </section>
      ))}
    </>
  );
}
