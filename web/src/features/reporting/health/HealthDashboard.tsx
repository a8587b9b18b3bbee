import { useMemo, useState } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useApi } from '../../../shared/useApi';
import { healthApi, type HealthElement, type HealthFilter } from './healthApi';
import { hrefFor } from '../../../shared/routes';
import { CorrectionsPanel } from './CorrectionsPanel';
import { HealthChartCard } from './HealthChartCard';
import { chartColours, correctionLines, weekOf, type WeekMarker } from './healthCharts';
import { figureText, qualityLabel, rateText, sideLabel, stepLabel } from './healthFormat';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { StatusMessage } from '../../../shared/ui/StatusMessage';

const barOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
};

/**
 * Programme health for administrators and the programme's sponsors: the funnel, sessions held against planned
 * per week, cancellations and no-shows by side, goal progress, the pulse trend, the qualities against the
 * programme mean, the pairs at risk and the corrections marked on the weekly axes. Every chart has a table view
 * and a CSV download; a figure fewer than k answers stand behind is withheld, never drawn as zero.
 */
export function HealthDashboard({ programmeId, isAdmin }: { programmeId: number; isAdmin: boolean }) {
  const [filter, setFilter] = useState<HealthFilter>({});
  const { data: health, error, reload } = useApi(() => healthApi.health(programmeId, filter), [programmeId, filter]);

  const markers: WeekMarker[] = useMemo(
    () =>
      (health?.corrections ?? []).map((c, n) => ({
        week: weekOf(c.effective_on),
        label: `${n + 1}. ${c.what_changed.length > 40 ? `${c.what_changed.slice(0, 39)}…` : c.what_changed}`,
      })),
    [health],
  );
  const markerPlugin = useMemo(() => correctionLines(markers), [markers]);
  const csv = (element: HealthElement) => healthApi.csvHref(programmeId, element, filter);

  return (
    <div className="page health-page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>{health?.programme_name ?? 'Programme'}</a>
      </p>
      <PageHeading>Programme health{health ? `: ${health.programme_name}` : ''}</PageHeading>
      <StatusMessage kind="status" message={!health && !error ? 'Loading the programme’s health…' : null} />
      <StatusMessage kind="error" message={error} />
      {health && (
        <>
          <p className="hint">
            A figure that rests on fewer than {health.anonymity_k} answers (the programme’s anonymity threshold) is
            withheld, never shown as zero. Totals count only the parts that are shown.
          </p>
          <fieldset className="health-filter">
            <legend>Answers from</legend>
            <label>
              Side
              <select
                value={filter.side ?? ''}
                onChange={(e) => setFilter((f) => ({ ...f, side: e.target.value as HealthFilter['side'] }))}
              >
                <option value="">Both sides</option>
                <option value="mentee">Mentees</option>
                <option value="mentor">Mentors</option>
              </select>
            </label>
            <label>
              Survey
              <select
                value={filter.survey ?? ''}
                onChange={(e) => setFilter((f) => ({ ...f, survey: e.target.value as HealthFilter['survey'] }))}
              >
                <option value="">Both surveys</option>
                <option value="midpoint">Mid-point</option>
                <option value="closing">Closing</option>
              </select>
            </label>
            <span className="hint">A filter never narrows a figure below {health.anonymity_k} answers.</span>
          </fieldset>

          <HealthChartCard
            title="Funnel"
            caption="People at each step, by side"
            chart={
              <Bar
                options={barOptions}
                data={{
                  labels: health.funnel.map((s) => stepLabel(s.step)),
                  datasets: [
                    { label: 'Mentors', data: health.funnel.map((s) => s.mentors), backgroundColor: chartColours.mentors },
                    { label: 'Mentees', data: health.funnel.map((s) => s.mentees), backgroundColor: chartColours.mentees },
                  ],
                }}
              />
            }
            columns={['Step', 'Mentors', 'Mentees', 'Total']}
            rows={health.funnel.map((s) => [stepLabel(s.step), s.mentors, s.mentees, s.mentors + s.mentees])}
            csvHref={csv('funnel')}
            csvName="funnel.csv"
          />

          <HealthChartCard
            title="Sessions held and planned per week"
            description="Planned counts every session that started in the week, cancelled ones too; held those both people confirmed. Dashed lines mark corrections."
            caption="Sessions per week"
            chart={
              <Bar
                options={barOptions}
                plugins={[markerPlugin]}
                data={{
                  labels: health.sessions.map((w) => w.week),
                  datasets: [
                    { label: 'Planned', data: health.sessions.map((w) => w.planned), backgroundColor: chartColours.planned },
                    { label: 'Held', data: health.sessions.map((w) => w.held), backgroundColor: chartColours.held },
                  ],
                }}
              />
            }
            columns={['Week of', 'Planned', 'Held', 'Cancelled', 'Held rate']}
            rows={health.sessions.map((w) => [w.week, w.planned, w.held, w.cancelled, rateText(w.held_rate)])}
            csvHref={csv('sessions')}
            csvName="sessions.csv"
          />

          <HealthChartCard
            title="Cancellations and no-shows by side"
            caption="Cancellations and no-shows by who caused them"
            chart={
              <Bar
                options={barOptions}
                data={{
                  labels: health.cancellations.map((s) => sideLabel(s.side)),
                  datasets: [
                    {
                      label: 'Cancellations',
                      data: health.cancellations.map((s) => s.cancellations),
                      backgroundColor: chartColours.cancellations,
                    },
                    { label: 'No-shows', data: health.cancellations.map((s) => s.no_shows), backgroundColor: chartColours.noShows },
                  ],
                }}
              />
            }
            columns={['Side', 'Cancellations', 'No-shows']}
            rows={health.cancellations.map((s) => [sideLabel(s.side), s.cancellations, s.no_shows])}
            csvHref={csv('cancellations')}
            csvName="cancellations.csv"
          />

          <HealthChartCard
            title="Pulse trend"
            description={`Mean usefulness (1–5) of the pulses after each week's sessions. Overall: ${figureText(health.pulses.overall, health.anonymity_k)}. Withheld weeks are gaps, not zeros.`}
            caption="Mean pulse per week"
            chart={
              <Line
                options={{
                  responsive: true,
                  maintainAspectRatio: false,
                  animation: false,
                  spanGaps: false,
                  scales: { y: { min: 1, max: 5 } },
                }}
                plugins={[markerPlugin]}
                data={{
                  labels: health.pulses.weeks.map((w) => w.week),
                  datasets: [
                    {
                      label: 'Mean usefulness',
                      data: health.pulses.weeks.map((w) => w.mean.value),
                      borderColor: chartColours.pulse,
                      backgroundColor: chartColours.pulse,
                    },
                  ],
                }}
              />
            }
            columns={['Week of', 'Mean usefulness']}
            rows={health.pulses.weeks.map((w) => [w.week, figureText(w.mean, health.anonymity_k)])}
            csvHref={csv('pulses')}
            csvName="pulses.csv"
          />

          <HealthChartCard
            title="Strengths and weaknesses per quality"
            description={`Each quality as the other side rated it (1–5), against the programme mean: ${figureText(health.qualities.programme_mean, health.anonymity_k, 2)}.`}
            caption="Qualities against the programme mean"
            chart={
              health.qualities.items.length === 0 ? (
                <p>No survey answers about the qualities yet.</p>
              ) : (
              <Bar
                options={{
                  ...barOptions,
                  indexAxis: 'y' as const,
                  scales: { x: { min: 0, max: 5 } },
                }}
                data={{
                  labels: health.qualities.items.map((q) => `${qualityLabel(q.quality)} (${q.rated_side}s)`),
                  datasets: [
                    {
                      label: 'Mean rating',
                      data: health.qualities.items.map((q) => q.mean.value),
                      backgroundColor: health.qualities.items.map((q) =>
                        q.difference !== null && q.difference < 0 ? chartColours.cancellations : chartColours.held,
                      ),
                    },
                    {
                      label: 'Programme mean',
                      data: health.qualities.items.map(() => health.qualities.programme_mean.value),
                      backgroundColor: chartColours.planned,
                    },
                  ],
                }}
              />
              )
            }
            columns={['Quality', 'Whose', 'Mean rating', 'Against the programme mean']}
            rows={[
              ...health.qualities.items.map((q) => [
                qualityLabel(q.quality),
                `${q.rated_side}s`,
                figureText(q.mean, health.anonymity_k, 2),
                q.difference === null ? '—' : `${q.difference >= 0 ? '+' : ''}${q.difference.toFixed(2)} (${q.difference >= 0 ? 'strength' : 'weakness'})`,
              ]),
              ...health.qualities.surveys.map((s) => [
                `${s.survey === 'midpoint' ? 'Mid-point' : 'Closing'} survey, all qualities`,
                'both',
                figureText(s.mean, health.anonymity_k, 2),
                '—',
              ]),
            ]}
            csvHref={csv('qualities')}
            csvName="qualities.csv"
          />

          <HealthChartCard
            title="Goal progress"
            description="The mean of each pair's latest progress on its goals, in per cent."
            caption="Goal progress by whose goals"
            chart={
              <Bar
                options={{ ...barOptions, scales: { y: { min: 0, max: 100 } } }}
                data={{
                  labels: health.goals.map((g) => (g.side === 'all' ? 'All goals' : `${sideLabel(g.side)}s' goals`)),
                  datasets: [
                    { label: 'Mean progress (%)', data: health.goals.map((g) => g.mean_percent.value), backgroundColor: chartColours.held },
                  ],
                }}
              />
            }
            columns={['Goals of', 'Mean progress']}
            rows={health.goals.map((g) => [
              g.side === 'all' ? 'All' : `${sideLabel(g.side)}s`,
              figureText(g.mean_percent, health.anonymity_k, 0, '%'),
            ])}
            csvHref={csv('goals')}
            csvName="goals.csv"
          />

          <section className="health-card" aria-labelledby="at-risk-heading">
            <div className="health-card-head">
              <h2 id="at-risk-heading">Pairs at risk</h2>
              <div className="health-card-actions">
                <a className="button button-quiet" href={csv('at_risk')} download="at-risk.csv">
                  Download CSV
                </a>
              </div>
            </div>
            <p className="at-risk-count">
              <strong>{health.at_risk.count}</strong> {health.at_risk.count === 1 ? 'pair is' : 'pairs are'} at risk.
            </p>
            {health.at_risk.pairs_included && (health.at_risk.pairs ?? []).length > 0 && (
              <ul className="at-risk-list">
                {(health.at_risk.pairs ?? []).map((pair) => (
                  <li key={pair.pair_id}>
                    Pair {pair.pair_id} ({pair.mentee} with {pair.mentor}):{' '}
                    {pair.reasons.map((r) => r.text).join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <CorrectionsPanel
            programmeId={programmeId}
            corrections={health.corrections}
            k={health.anonymity_k}
            canEdit={isAdmin}
            csvHref={csv('corrections')}
            onChanged={reload}
          />
        </>
      )}
    </div>
  );
}

/** The link to a programme's health dashboard, for its page. */
export function HealthLink({ programmeId }: { programmeId: number }) {
  return (
    <p className="health-link">
      <a className="button" href={hrefFor({ name: 'programme-health', id: programmeId })}>
        Programme health
      </a>
    </p>
  );
}
