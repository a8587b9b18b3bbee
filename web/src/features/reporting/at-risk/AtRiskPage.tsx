import { useApi } from '../../../shared/useApi';
import { programmesApi } from '../../programmes/programmesApi';
import { hrefFor } from '../../../shared/routes';
import { atRiskApi, type PairAtRisk } from './atRiskApi';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { PersonName } from '../../../shared/ui/PersonName';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { DataTable, type Column } from '../../../shared/ui/DataTable';

/** The link from the programme page to its pairs at risk. */
export function AtRiskLink({ programmeId }: { programmeId: number }) {
  return (
    <p className="at-risk-link">
      <a className="button" href={hrefFor({ name: 'programme-at-risk', id: programmeId })}>
        Pairs at risk
      </a>
    </p>
  );
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

const AT_RISK_COLUMNS: Column<PairAtRisk>[] = [
  { key: 'mentee', header: 'Mentee', cell: (pair) => <PersonName id={pair.mentee.employee_id} name={pair.mentee.name} /> },
  { key: 'mentor', header: 'Mentor', cell: (pair) => <PersonName id={pair.mentor.employee_id} name={pair.mentor.name} /> },
  { key: 'last', header: 'Last session held', cell: (pair) => (pair.last_held_at ? formatDay(pair.last_held_at) : 'Never') },
  {
    key: 'why',
    header: 'Why',
    cell: (pair) => (
      <ul className="at-risk-reasons">
        {pair.reasons.map((reason) => (
          <li key={reason.code} data-code={reason.code}>
            {reason.text}
          </li>
        ))}
      </ul>
    ),
  },
];

/**
 * A programme's active pairs that look like they are withering (`#/programmes/:id/at-risk`): administrators see
 * each pair with every reason and when it last met; sponsors see how many.
 */
export function AtRiskPage({ programmeId }: { programmeId: number }) {
  const { data, error } = useApi(
    () => Promise.all([programmesApi.getProgramme(programmeId), atRiskApi.pairsAtRisk(programmeId)]),
    [programmeId],
  );
  const [programme, atRisk] = data ?? [null, null];

  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>{programme?.name ?? 'Programme'}</a>
      </p>
      <PageHeading>Pairs at risk{programme ? `: ${programme.name}` : ''}</PageHeading>
      <StatusMessage kind="status" message={!atRisk && !error ? 'Loading…' : null} />
      <StatusMessage kind="error" message={error} />
      {atRisk && (
        <>
          <p className="at-risk-summary" data-testid="at-risk-count">
            {atRisk.count} of {atRisk.active_pairs} active {atRisk.active_pairs === 1 ? 'pair is' : 'pairs are'} at risk.
          </p>
          <p className="hint">
            A pair is at risk when it has held no session for the weeks the session policy allows, when two of its last three
            sessions were cancelled or missed, when goal progress has not moved for six weeks, or when its session ratings fall.
          </p>
          {atRisk.pairs_included && atRisk.items && atRisk.items.length > 0 && (
            <DataTable
              className="at-risk-table"
              caption="Pairs at risk with their reasons"
              captionClassName="visually-hidden"
              columns={AT_RISK_COLUMNS}
              rows={atRisk.items}
              rowKey={(pair) => pair.pair_id}
              rowProps={(pair) => ({ 'data-pair': String(pair.pair_id) })}
            />
          )}
          {!atRisk.pairs_included && <p className="hint">Sponsors see the count; administrators see the pairs.</p>}
        </>
      )}
    </div>
  );
}
