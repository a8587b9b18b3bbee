import { UNMATCHED_REASON_LABELS } from './labels';
import { formatDateTime, formatPoints, humanise } from '../../shared/format';
import type { MatchRunSummary } from './types';

function ReasonCounts({ title, counts }: { title: string; counts: Record<string, number> }) {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  return (
    <div className="reason-counts">
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="empty">None</p>
      ) : (
        <ul>
          {entries.map(([reason, count]) => (
            <li key={reason}>
              {UNMATCHED_REASON_LABELS[reason] ?? humanise(reason)}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The latest run at a glance: how many pairs, their total score and who is left without a pair, and why. */
export function RunSummary({ run, lookup }: { run: MatchRunSummary; lookup: (id: string) => string }) {
  const average = run.pairs > 0 ? run.total_score / run.pairs : null;
  return (
    <section className="panel run-summary" aria-labelledby="run-summary-heading">
      <h2 id="run-summary-heading">Latest run</h2>
      <p className="meta">
        Run {run.id} · {formatDateTime(run.created_at)}
        {run.published_at ? ` · Published ${formatDateTime(run.published_at)}` : ' · Not published yet'}
      </p>
      <dl className="report-counts">
        <div className="report-count">
          <dt>Pairs</dt>
          <dd>{run.pairs}</dd>
        </div>
        <div className="report-count">
          <dt>Total score</dt>
          <dd>{formatPoints(run.total_score)}</dd>
        </div>
        <div className="report-count">
          <dt>Average score</dt>
          <dd>{formatPoints(average)}</dd>
        </div>
        <div className="report-count">
          <dt>Mentees</dt>
          <dd>{run.mentees}</dd>
        </div>
        <div className="report-count">
          <dt>Mentors</dt>
          <dd>{run.mentors}</dd>
        </div>
      </dl>
      <div className="reason-grid">
        <ReasonCounts title="Unmatched mentees" counts={run.unmatched_mentees} />
        <ReasonCounts title="Unmatched mentors" counts={run.unmatched_mentors} />
      </div>
      {run.rejected_pins.length > 0 && (
        <div className="rejected-pins">
          <h3>Pins this run could not keep</h3>
          <ul>
            {run.rejected_pins.map((pin) => (
              <li key={`${pin.mentee}-${pin.mentor}`}>
                {lookup(pin.mentee)} with {lookup(pin.mentor)}: breaks rule <code>{pin.rule}</code>
                {pin.detail ? ` (${pin.detail})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
