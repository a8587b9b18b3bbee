import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { screeningApi, type ReviewedProgramme } from './screeningApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';

/** The programmes the signed-in admin or reviewer screens, with how many mentor applications await a decision. */
export function ScreeningHome() {
  const [programmes, setProgrammes] = useState<ReviewedProgramme[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    screeningApi
      .reviewedProgrammes()
      .then(setProgrammes)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  return (
    <div className="page">
      <PageHeading>Screening</PageHeading>
      <StatusMessage kind="error" message={error} />
      {programmes && programmes.length === 0 && <p className="empty">You review no programmes.</p>}
      {programmes && programmes.length > 0 && (
        <ul className="screening-programmes">
          {programmes.map((p) => (
            <li key={p.programme_id}>
              <a href={hrefFor({ name: 'programme-screening', id: p.programme_id })}>{p.name}</a>{' '}
              <span className="cell-sub">
                {p.awaiting_decision} mentor application{p.awaiting_decision === 1 ? '' : 's'} awaiting a decision
                {p.status === 'archived' ? ' · archived' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
