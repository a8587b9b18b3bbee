import type { ReactNode } from 'react';
import {
  outcomesApi,
  type GuardedFigure,
  type OutcomesSection,
  type ProgrammeOutcomes,
  type RetentionGroup,
  type TopicLearning,
} from './outcomesApi';
import { DataTable, type Column } from '../../../shared/ui/DataTable';

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

const NUMERIC = { className: 'numeric', headerProps: { className: 'numeric' } };

const RETENTION_COLUMNS: Column<{ label: string; group: RetentionGroup }>[] = [
  { key: 'group', header: 'Group', rowHeader: true, cell: (row) => row.label },
  { key: 'people', header: 'People', ...NUMERIC, cell: (row) => row.group.size },
  { key: 'stayed', header: 'Stayed', ...NUMERIC, cell: (row) => row.group.stayed ?? '—' },
  { key: 'left', header: 'Left', ...NUMERIC, cell: (row) => row.group.left ?? '—' },
  { key: 'retention', header: 'Retention', ...NUMERIC, cell: (row) => <FigureValue figure={row.group.retention} format={percent} /> },
];

/** A mean self-assessment, to two decimals. */
const mean = (value: number) => value.toFixed(2);

const LEARNING_COLUMNS: Column<TopicLearning>[] = [
  { key: 'topic', header: 'Topic', rowHeader: true, cell: (topic) => topic.topic },
  { key: 'before', header: 'Before', ...NUMERIC, cell: (topic) => <FigureValue figure={topic.before} format={mean} /> },
  { key: 'before-answers', header: 'Answers', ...NUMERIC, cell: (topic) => topic.before.count },
  { key: 'after', header: 'After', ...NUMERIC, cell: (topic) => <FigureValue figure={topic.after} format={mean} /> },
  { key: 'after-answers', header: 'Answers', ...NUMERIC, cell: (topic) => topic.after.count },
  {
    key: 'change',
    header: 'Change',
    ...NUMERIC,
    cell: (topic) => (topic.change === null ? '—' : `${topic.change > 0 ? '+' : ''}${topic.change.toFixed(2)}`),
  },
];

export function RetentionSection({ outcomes }: { outcomes: ProgrammeOutcomes }) {
  const r = outcomes.retention;
  return (
    <Section id="outcomes-retention" title="Retention" programmeId={outcomes.programme_id} section="retention">
      <p className={`retention-statement ${r.too_small ? 'retention-inconclusive' : ''}`} data-testid="retention-statement">
        <strong>{r.statement}</strong>
      </p>
      <DataTable
        frame="wrap"
        tableProps={{ 'aria-describedby': 'retention-rules' }}
        caption={`Still employed on ${outcomes.as_of}`}
        columns={RETENTION_COLUMNS}
        rows={[
          { label: 'Participants', group: r.participants },
          { label: 'Comparison group', group: r.comparison },
        ]}
        rowKey={(row) => row.label}
      />
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
  return (
    <Section id="outcomes-learning" title="Learning" programmeId={outcomes.programme_id} section="learning">
      {outcomes.learning.length === 0 ? (
        <p className="empty">No before-and-after self-assessments have been answered yet.</p>
      ) : (
        <DataTable
          frame="wrap"
          caption="Self-assessment per topic (1 to 5), before and after"
          columns={LEARNING_COLUMNS}
          rows={outcomes.learning}
          rowKey={(topic) => topic.topic}
        />
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
          <DataTable
            frame="wrap"
            caption="Ideas the seniors took away, by what became of them"
            columns={[
              { key: 'status', header: 'Status', rowHeader: true, cell: (status: string) => INSIGHT_LABELS[status] },
              { key: 'ideas', header: 'Ideas', ...NUMERIC, cell: (status: string) => insights.by_status?.[status] ?? 0 },
            ]}
            rows={Object.keys(INSIGHT_LABELS)}
            rowKey={(status) => status}
          />
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
