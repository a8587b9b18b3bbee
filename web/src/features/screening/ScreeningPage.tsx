import { useState } from 'react';
import { screeningApi, type QueueFilter } from './screeningApi';
import { ApplicationReview } from './ApplicationReview';
import { PageHeading } from '../../shared/ui/PageHeading';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { ReviewersPanel } from './ReviewersPanel';
import { ScreeningQueue } from './ScreeningQueue';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';

interface ScreeningPageProps {
  programmeId: number;
  /** An application to open at once (a link from the enrolment page's applications). */
  applicationId?: number | undefined;
  isAdmin: boolean;
}

const FILTERS: { value: QueueFilter; label: string }[] = [
  { value: 'awaiting', label: 'Awaiting decision' },
  { value: 'decided', label: 'Decided' },
  { value: 'all', label: 'All' },
];

/** Screening of a programme's mentor applications, for admins and named reviewers. */
export function ScreeningPage({ programmeId, applicationId, isAdmin }: ScreeningPageProps) {
  // The programme's name is only for the heading: without it (a failed read) the heading says "Screening".
  const { data: reviewed } = useApi(() => screeningApi.reviewedProgrammes(), []);
  const name = reviewed?.find((p) => p.programme_id === programmeId)?.name ?? null;
  const [filter, setFilter] = useState<QueueFilter>('awaiting');
  const { data: queue, error, reload: loadQueue } = useApi(() => screeningApi.queue(programmeId, filter), [programmeId, filter]);
  const [selected, setSelected] = useState<number | null>(applicationId ?? null);

  return (
    <div className="page screening-page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'screening' })}>Screening</a>
        {isAdmin && (
          <>
            {' · '}
            <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>Programme settings</a>
          </>
        )}
      </p>
      <PageHeading>Screening{name ? `: ${name}` : ''}</PageHeading>
      <StatusMessage kind="error" message={error} />

      <section className="board-section" aria-labelledby="screening-queue-heading">
        <div className="page-title-row">
          <h2 id="screening-queue-heading">Review queue</h2>
          <label>
            Show{' '}
            <select value={filter} onChange={(e) => setFilter(e.target.value as QueueFilter)}>
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {!queue && !error && <StatusMessage kind="status" message="Loading the queue…" />}
        {queue && (
          <>
            <ScreeningQueue queue={queue} selectedId={selected} onOpen={setSelected} />
            {queue.withheld > 0 && (
              <p className="meta">
                {queue.withheld} application{queue.withheld === 1 ? ' is' : 's are'} not shown: your own, or from your reporting
                line. Somebody else reviews {queue.withheld === 1 ? 'it' : 'them'}.
              </p>
            )}
          </>
        )}
      </section>

      {selected !== null && (
        <ApplicationReview key={selected} programmeId={programmeId} applicationId={selected} onChanged={() => void loadQueue()} />
      )}

      {isAdmin && (
        <>
          <section className="board-section" aria-labelledby="questionnaire-heading">
            <h2 id="questionnaire-heading">Questionnaire</h2>
            <QuestionnaireEditor programmeId={programmeId} />
          </section>
          <section className="board-section" aria-labelledby="reviewers-heading">
            <h2 id="reviewers-heading">Reviewers</h2>
            <ReviewersPanel programmeId={programmeId} />
          </section>
        </>
      )}
    </div>
  );
}
