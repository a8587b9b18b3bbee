import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../../api/client';
import { healthApi, type Correction, type PeriodFigures } from './healthApi';
import { figureText, rateText } from './healthFormat';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { DataTable, type Column } from '../../../shared/ui/DataTable';

/**
 * A column of one period's figures. A correction's own row shows the period before it; the row under it, the
 * period after, in the same columns.
 */
interface PeriodColumn {
  key: string;
  header: string;
  cell: (period: PeriodFigures, name: 'Before' | 'After') => ReactNode;
}

function periodColumns(k: number): PeriodColumn[] {
  return [
    { key: 'period', header: 'Period', cell: (period, name) => `${name} (${period.from} to ${period.to})` },
    {
      key: 'held',
      header: 'Sessions held',
      cell: (period) => `${period.held} of ${period.planned} (${rateText(period.held_rate)})`,
    },
    { key: 'cancellations', header: 'Cancellations', cell: (period) => period.cancellations },
    { key: 'pulse', header: 'Pulse (1–5)', cell: (period) => figureText(period.pulse_mean, k) },
  ];
}

interface CorrectionsPanelProps {
  programmeId: number;
  corrections: Correction[];
  k: number;
  canEdit: boolean;
  csvHref: string;
  onChanged: () => void;
}

/**
 * The programme's corrections: what changed, why and from when, with the key figures for the weeks before and
 * after each one. Administrators record a correction here and delete one recorded by mistake.
 */
export function CorrectionsPanel({ programmeId, corrections, k, canEdit, csvHref, onChanged }: CorrectionsPanelProps) {
  const [effectiveOn, setEffectiveOn] = useState('');
  const [whatChanged, setWhatChanged] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await healthApi.recordCorrection(programmeId, { effective_on: effectiveOn, what_changed: whatChanged, reason });
      setEffectiveOn('');
      setWhatChanged('');
      setReason('');
      setStatus('Correction recorded.');
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (correction: Correction) => {
    if (!window.confirm(`Delete the correction “${correction.what_changed}”?`)) return;
    setError(null);
    try {
      await healthApi.deleteCorrection(programmeId, correction.id);
      setStatus('Correction deleted.');
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const periods = periodColumns(k);
  // The effective date, the text and the actions span both of a correction's rows.
  const columns: Column<Correction>[] = [
    {
      key: 'effective',
      header: 'Effective',
      rowHeader: true,
      cellProps: { scope: 'rowgroup', rowSpan: 2 },
      cell: (correction) => correction.effective_on,
    },
    {
      key: 'what',
      header: 'What changed and why',
      cellProps: { rowSpan: 2 },
      cell: (correction) => (
        <>
          <strong>{correction.what_changed}</strong>
          <br />
          {correction.reason}
          {correction.recorded_by && <span className="hint"> (recorded by {correction.recorded_by})</span>}
        </>
      ),
    },
    ...periods.map(
      (column): Column<Correction> => ({ ...column, cell: (correction) => column.cell(correction.before, 'Before') }),
    ),
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cellProps: { rowSpan: 2 },
            cell: (correction: Correction) => (
              <button type="button" className="button button-quiet" onClick={() => void remove(correction)}>
                Delete
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section className="health-card corrections-panel" aria-labelledby="corrections-heading">
      <div className="health-card-head">
        <h2 id="corrections-heading">Corrections</h2>
        <div className="health-card-actions">
          <a className="button button-quiet" href={csvHref} download="corrections.csv">
            Download CSV
          </a>
        </div>
      </div>
      <p className="hint">
        Each correction is marked on the weekly charts. The figures cover the {corrections[0]?.weeks ?? 4} whole weeks before
        the week it took effect and as many from that week on (sessions still to come are not counted).
      </p>
      {corrections.length === 0 ? (
        <p>No corrections recorded yet.</p>
      ) : (
        <DataTable
          frame="scroll"
          className="health-table corrections-table"
          caption="Corrections with the figures before and after"
          columns={columns}
          rows={corrections}
          rowKey={(correction) => correction.id}
          afterRow={(correction) => (
            <tr>
              {periods.map((column) => (
                <td key={column.key}>{column.cell(correction.after, 'After')}</td>
              ))}
            </tr>
          )}
        />
      )}
      <StatusMessage kind="status" message={status} />
      <StatusMessage kind="error" message={error} />
      {canEdit && (
        <form className="correction-form" onSubmit={(e) => void submit(e)}>
          <h3>Record a correction</h3>
          <label>
            Effective from
            <input type="date" required value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} />
          </label>
          <label>
            What changed
            <input
              type="text"
              required
              maxLength={500}
              placeholder="Cadence from monthly to fortnightly"
              value={whatChanged}
              onChange={(e) => setWhatChanged(e.target.value)}
            />
          </label>
          <label>
            Why
            <textarea required maxLength={2000} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Recording…' : 'Record correction'}
          </button>
        </form>
      )}
    </section>
  );
}
