import { hrefFor } from '../../../shared/routes';
import { outcomesApi, type HealthResult } from './outcomesApi';
import { OutcomesSections } from './OutcomesSections';
import { useOutcomes } from './OutcomesPage';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { useApi } from '../../../shared/useApi';

function label(key: string): string {
  const text = key.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The health figures as the health API returns them, whatever their shape: objects as labelled lists, lists of
 * records as tables. The report shows what is there rather than guessing at what is not.
 */
/** A figure guarded by k ({value, count, withheld, withheld_reason}): its value, or "Withheld" and why. */
function isGuarded(value: unknown): value is { value: number | null; count: number; withheld: boolean; withheld_reason?: string | null } {
  return isRecord(value) && 'withheld' in value && 'value' in value && 'count' in value;
}

// Top-level fields of the health document the report already shows elsewhere or that say nothing on paper.
const HEALTH_SKIPPED = new Set(['programme_id', 'programme_name', 'anonymity_k', 'people_included', 'filter', 'generated_at']);
// The dashboard's order; anything else the health document holds follows it.
const HEALTH_ORDER = ['funnel', 'sessions', 'cancellations', 'goals', 'pulses', 'qualities', 'surveys', 'at_risk', 'corrections'];
// Columns that name a row come first in a table (JSON objects arrive with their keys sorted).
const LEADING_COLUMNS = ['step', 'week', 'side', 'rated_side', 'quality', 'survey', 'topic', 'effective_on', 'what_changed'];

function orderBy<T>(items: T[], key: (item: T) => string, order: string[]): T[] {
  const rank = (item: T) => {
    const at = order.indexOf(key(item));
    return at < 0 ? order.length : at;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

function HealthValue({ value, depth }: { value: unknown; depth: number }) {
  if (isGuarded(value)) {
    return value.withheld || value.value === null ? (
      <span className="withheld">Withheld{value.withheld_reason ? `: ${value.withheld_reason}` : ''}</span>
    ) : (
      <>
        {scalar(value.value)} <span className="meta">(n = {value.count})</span>
      </>
    );
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="empty">none</span>;
    if (value.every(isRecord)) {
      const columns = orderBy(Array.from(new Set(value.flatMap((row) => Object.keys(row)))), (c) => c, LEADING_COLUMNS);
      return (
        <DataTable
          frame="wrap"
          columns={columns.map(
            (c): Column<Record<string, unknown>> => ({
              key: c,
              header: label(c),
              cell: (row) => <HealthValue value={row[c]} depth={depth + 1} />,
            }),
          )}
          rows={value}
          rowKey={(_, i) => i}
        />
      );
    }
    return <>{value.map(scalar).join(', ')}</>;
  }
  if (isRecord(value)) {
    if (depth > 4) return <>{JSON.stringify(value)}</>;
    return (
      <dl className="report-health-list">
        {Object.entries(value).map(([key, inner]) => (
          <div key={key}>
            <dt>{label(key)}</dt>
            <dd>
              <HealthValue value={inner} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{scalar(value)}</>;
}

function HealthSection({ result }: { result: HealthResult | null }) {
  return (
    <section className="panel report-health" aria-labelledby="report-health">
      <h2 id="report-health">Programme health</h2>
      {result === null && <p className="meta">Loading the health figures…</p>}
      {result && !result.available && <p className="empty" data-testid="health-unavailable">{result.reason}</p>}
      {result?.available && isRecord(result.health) && (
        <>
          {orderBy(Object.entries(result.health), ([key]) => key, HEALTH_ORDER)
            .filter(([key]) => !HEALTH_SKIPPED.has(key))
            .map(([key, value]) => (
            <section key={key} className="report-health-part">
              <h3>{label(key)}</h3>
              <HealthValue value={value} depth={0} />
            </section>
          ))}
        </>
      )}
      {result?.available && !isRecord(result.health) && <HealthValue value={result.health} depth={0} />}
    </section>
  );
}

/**
 * One page to print or save as PDF: the programme's outcomes and its health figures. Printing hides the navigation,
 * the buttons and the download links (styles.css, @media print).
 */
export function ProgrammeReportPage({ programmeId }: { programmeId: number }) {
  const { outcomes, error } = useOutcomes(programmeId);
  // The health read never fails: a refusal or failure is an answer saying why the figures are not there.
  const { data: health } = useApi(() => outcomesApi.health(programmeId), [programmeId]);

  return (
    <div className="page programme-report">
      <p className="breadcrumb no-print">
        <a href={hrefFor({ name: 'programme-outcomes', id: programmeId })}>Outcomes</a>
      </p>
      <PageHeading>Programme report{outcomes ? `: ${outcomes.programme_name}` : ''}</PageHeading>
      <StatusMessage kind="status" message={!outcomes && !error ? 'Loading the report…' : null} />
      <StatusMessage kind="error" message={error} />
      {outcomes && (
        <>
          <p className="report-meta">
            {outcomes.starts_on && outcomes.ends_on ? `${outcomes.starts_on} to ${outcomes.ends_on}. ` : ''}Figures as of{' '}
            {outcomes.as_of}; anything fewer than {outcomes.anonymity_k} people or answers stand behind is withheld.
          </p>
          <p className="no-print">
            <button type="button" className="button button-primary" onClick={() => window.print()}>
              Print
            </button>
          </p>
          <HealthSection result={health} />
          <OutcomesSections outcomes={outcomes} />
        </>
      )}
    </div>
  );
}
