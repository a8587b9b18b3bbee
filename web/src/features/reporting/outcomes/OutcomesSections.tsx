import type { ReactNode } from 'react';
import {
  outcomesApi,
  type GuardedFigure,
  type OutcomesSection,
  type ProgrammeOutcomes,
  type RetentionGroup,
} from './outcomesApi';

const INSIGHT_LABELS: Record<string, string> = {
  planned: 'Planned',
  tried: 'Tried',
  adopted: 'Adopted',
  dropped: 'Dropped',
};

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function points(difference: number): string {
  const value = difference * 100;
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)} points`;
}

/** A withheld figure says so and why; it is never shown as zero. */
function Withheld({ figure }: { figure: GuardedFigure }) {
  return (
    <span className="withheld" title={figure.withheld_reason ?? undefined}>
      Withheld<span className="cell-sub">{figure.withheld_reason}</span>
    </span>
  );
}

function FigureValue({ figure, format }: { figure: GuardedFigure; format: (value: number) => string }) {
  return figure.value === null ? <Withheld figure={figure} /> : <>{format(figure.value)}</>;
}

/** The link to one section's CSV (same figures, same anonymity rules); hidden when printing. */
export function CsvLink({ programmeId, section, label }: { programmeId: number; section?: OutcomesSection; label: string }) {
  return (
    <a className="button button-quiet csv-download no-print" href={outcomesApi.csvHref(programmeId, section)} download>
      {label}
    </a>
  );
}

function Section({
  id,
  title,
  programmeId,
  section,
  children,
}: {
  id: string;
  title: string;
  programmeId: number;
  section: OutcomesSection;
  children: ReactNode;
}) {
  return (
    <section className="panel outcomes-section" aria-labelledby={id} data-section={section}>
      <div className="outcomes-section-head">
        <h2 id={id}>{title}</h2>
        <CsvLink programmeId={programmeId} section={section} label={`Download ${title.toLowerCase()} (CSV)`} />
      </div>
      {children}
    </section>
  );
}

function GroupRow({ label, group }: { label: string; group: RetentionGroup }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="numeric">{group.size}</td>
      <td className="numeric">{group.stayed ?? '—'}</td>
      <td className="numeric">{group.left ?? '—'}</td>
      <td className="numeric">
        <FigureValue figure={group.retention} format={percent} />
      </td>
    </tr>
  );
}

export function RetentionSection({ outcomes }: { outcomes: ProgrammeOutcomes }) {
  const r = outcomes.retention;
  return (
    <Section id="outcomes-retention" title="Retention" programmeId={outcomes.programme_id} section="retention">
      <p className={`retention-statement ${r.too_small ? 'retention-inconclusive' : ''}`} data-testid="retention-statement">
        <strong>{r.statement}</strong>
      </p>
      <div className="table-wrap">
        <table className="data-table" aria-describedby="retention-rules">
          <caption>Still employed on {outcomes.as_of}</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" className="numeric">People</th>
              <th scope="col" className="numeric">Stayed</th>
              <th scope="col" className="numeric">Left</th>
              <th scope="col" className="numeric">Retention</th>
            </tr>
          </thead>
          <tbody>
            <GroupRow label="Participants" group={r.participants} />
            <GroupRow label="Comparison group" group={r.comparison} />
          </tbody>
        </table>
      </div>
      <dl className="outcomes-facts">
        <dt>Difference (participants minus comparison)</dt>
        <dd data-testid="retention-difference">{r.difference === null ? 'Withheld with the groups' : points(r.difference)}</dd>
        <dt>95% confidence interval</dt>
        <dd data-testid="retention-ci">
          {r.ci_low === null || r.ci_high === null ? 'Withheld with the groups' : `${points(r.ci_low)} to ${points(r.ci_high)}`}
        </dd>
        <dt>Method</dt>
        <dd>{r.method}</dd>
      </dl>
      <p className="hint" id="retention-rules">
        Participants are the mentees and mentors of pairs that became active. The comparison group is everyone else who
        was in the directory on {outcomes.starts_on || 'the start date'} with the same grade and department as a
        participant; only {r.cells} {r.cells === 1 ? 'cell' : 'cells'} of grade and department holding both groups are
        compared (not re-weighted)
        {r.participants_without_comparison > 0 &&
          `, leaving out ${r.participants_without_comparison} ${r.participants_without_comparison === 1 ? 'participant' : 'participants'} with nobody comparable`}
        . Left means a leaving date on or before {outcomes.as_of}, or marked as left without a date. Too small to
        conclude: {r.too_small_rule}. A group of fewer than {outcomes.anonymity_k} people is withheld.
      </p>
    </Section>
  );
}

export function LearningSection({ outcomes }: { outcomes: ProgrammeOutcomes }) {
  const mean = (value: number) => value.toFixed(2);
  return (
    <Section id="outcomes-learning" title="Learning" programmeId={outcomes.programme_id} section="learning">
      {outcomes.learning.length === 0 ? (
        <p className="empty">No before-and-after self-assessments have been answered yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Self-assessment per topic (1 to 5), before and after</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col" className="numeric">Before</th>
                <th scope="col" className="numeric">Answers</th>
                <th scope="col" className="numeric">After</th>
                <th scope="col" className="numeric">Answers</th>
                <th scope="col" className="numeric">Change</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.learning.map((topic) => (
                <tr key={topic.topic}>
                  <th scope="row">{topic.topic}</th>
                  <td className="numeric">
                    <FigureValue figure={topic.before} format={mean} />
                  </td>
                  <td className="numeric">{topic.before.count}</td>
                  <td className="numeric">
                    <FigureValue figure={topic.after} format={mean} />
                  </td>
                  <td className="numeric">{topic.after.count}</td>
                  <td className="numeric">
                    {topic.change === null ? '—' : `${topic.change > 0 ? '+' : ''}${topic.change.toFixed(2)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">Each mean is shown only when at least {outcomes.anonymity_k} answers stand behind it.</p>
    </Section>
  );
}

export function MentorGrowthSection({ outcomes }: { outcomes: ProgrammeOutcomes }) {
  const growth = outcomes.mentor_growth;
  return (
    <Section id="outcomes-mentor-growth" title="Mentor growth" programmeId={outcomes.programme_id} section="mentor_growth">
      <p className="outcomes-figure" data-testid="mentor-growth">
        {growth.value === null ? (
          <Withheld figure={growth} />
        ) : (
          <>
            <strong>{Math.round(growth.value)}%</strong> average progress on the mentors' own goals, over {growth.count}{' '}
            {growth.count === 1 ? 'pair' : 'pairs'} (each pair's latest update)
          </>
        )}
      </p>
    </Section>
  );
}

export function InsightsSection({ outcomes }: { outcomes: ProgrammeOutcomes }) {
  const insights = outcomes.insights;
  return (
    <Section id="outcomes-insights" title="Insights adopted" programmeId={outcomes.programme_id} section="insights">
      {insights.by_status === null ? (
        <p className="withheld" data-testid="insights-withheld">
          Withheld: {insights.withheld_reason}
        </p>
      ) : (
        <>
          <p className="outcomes-figure">
            <strong>
              <FigureValue figure={insights.adopted_share} format={percent} />
            </strong>{' '}
            of {insights.total} ideas from {insights.pairs} pairs were adopted.
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption>Ideas the seniors took away, by what became of them</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col" className="numeric">Ideas</th>
                </tr>
              </thead>
              <tbody>
                {Object.keys(INSIGHT_LABELS).map((status) => (
                  <tr key={status}>
                    <th scope="row">{INSIGHT_LABELS[status]}</th>
                    <td className="numeric">{insights.by_status?.[status] ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}

/** Every outcome section in order. */
export function OutcomesSections({ outcomes }: { outcomes: ProgrammeOutcomes }) {
  return (
    <>
      <RetentionSection outcomes={outcomes} />
      <LearningSection outcomes={outcomes} />
      <MentorGrowthSection outcomes={outcomes} />
      <InsightsSection outcomes={outcomes} />
    </>
  );
}
