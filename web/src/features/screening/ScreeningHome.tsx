import { screeningApi } from './screeningApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';

/** The programmes the signed-in admin or reviewer screens, with how many mentor applications await a decision. */
export function ScreeningHome() {
  const { data: programmes, error } = useApi(() => screeningApi.reviewedProgrammes(), []);

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
