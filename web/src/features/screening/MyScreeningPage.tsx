import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { screeningApi, type MyScreening } from './screeningApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ScreeningAnswersForm } from './ScreeningAnswersForm';
import { ScreeningOutcome } from './ScreeningOutcome';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';

/** A mentor applicant's screening in one programme: their outcome and reason, and the questionnaire answers. */
export function MyScreeningPage({ programmeId }: { programmeId: number }) {
  const [mine, setMine] = useState<MyScreening | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setMine(await screeningApi.mine(programmeId));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [programmeId]);

  useEffect(() => {
    void load();
  }, [load]);

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
