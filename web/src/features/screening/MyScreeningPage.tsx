import { useApi } from '../../shared/useApi';
import { screeningApi } from './screeningApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ScreeningAnswersForm } from './ScreeningAnswersForm';
import { ScreeningOutcome } from './ScreeningOutcome';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';

/** A mentor applicant's screening in one programme: their outcome and reason, and the questionnaire answers. */
export function MyScreeningPage({ programmeId }: { programmeId: number }) {
  const { data: mine, error, setData: setMine } = useApi(() => screeningApi.mine(programmeId), [programmeId]);

  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>Programme</a>
      </p>
      <PageHeading>Mentor screening</PageHeading>
      <StatusMessage kind="error" message={error} />
      {!mine && !error && <StatusMessage kind="status" message="Loading your screening…" />}
      {mine && (
        <>
          <ScreeningOutcome mine={mine} />
          <ScreeningAnswersForm programmeId={programmeId} mine={mine} onSaved={setMine} />
        </>
      )}
    </div>
  );
}
