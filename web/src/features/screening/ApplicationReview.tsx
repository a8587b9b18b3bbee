import { useState } from 'react';
import {
  APPLICATION_STATUS_LABELS,
  OUTCOME_LABELS,
  formatAverage,
  qualityLabel,
  screeningApi,
  type DecisionResult,
} from './screeningApi';
import { DecisionForm } from './DecisionForm';
import { ScorecardForm } from './ScorecardForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

interface ApplicationReviewProps {
  programmeId: number;
  applicationId: number;
  /** Called after a scorecard or a decision changed what the queue shows. */
  onChanged: () => void;
}

/** One mentor application for a reviewer: profile, questionnaire answers, scorecards, and the admin's decision. */
export function ApplicationReview({ programmeId, applicationId, onChanged }: ApplicationReviewProps) {
  const { data: screening, error, reload: load } = useApi(
    () => screeningApi.application(programmeId, applicationId),
    [programmeId, applicationId],
  );
  const [status, setStatus] = useState<string | null>(null);

  // A failed read shows why instead of the application, which may have changed since.
  if (!screening || error) {
    return <StatusMessage kind={error ? 'error' : 'status'} message={error ?? 'Loading the application…'} />;
  }

  const { application, person } = screening;
  const name = person?.name || application.employee_id;
  const mine = screening.reviews.find((r) => r.mine);

  const decided = (result: DecisionResult) => {
    const label = APPLICATION_STATUS_LABELS[result.application.status] ?? result.application.status;
    setStatus(`Decision recorded: ${label}. ${result.mail_queued ? `${name} is told by email.` : ''}`);
    void load();
    onChanged();
  };

  return (
    <article className="panel application-review" aria-labelledby={`application-${application.id}`}>
      <h2 id={`application-${application.id}`}>
        {name}{' '}
        <span className={`badge badge-application-${application.status}`} data-testid="application-status">
          {APPLICATION_STATUS_LABELS[application.status] ?? application.status}
        </span>
      </h2>
      <StatusMessage kind="status" message={status} />
      <p className="meta">
        {[person?.title, person?.department, person ? `grade ${person.grade}` : null, person?.location].filter(Boolean).join(' · ')}
      </p>
      {application.decision_reason && (
        <p>
          Decision reason{screening.decided_by_name ? ` (by ${screening.decided_by_name})` : ''}: {application.decision_reason}
        </p>
      )}

      <h3>Topics they can teach</h3>
      {application.topics.length === 0 ? (
        <p className="empty">No topics given.</p>
      ) : (
        <ul>
          {application.topics.map((t) => (
            <li key={t.topic}>
              <strong>{t.topic}</strong> — level {t.level ?? '?'} of 5{t.evidence ? `: ${t.evidence}` : ''}
            </li>
          ))}
        </ul>
      )}
      <dl className="application-facts">
        <dt>Languages</dt>
        <dd>{application.languages.join(', ') || '—'}</dd>
        <dt>Availability (their time)</dt>
        <dd>{application.availability.map((s) => `${s.day} ${s.start}–${s.end}`).join('; ') || '—'}</dd>
        <dt>Motivation</dt>
        <dd>{application.motivation || '—'}</dd>
        <dt>Their own goals</dt>
        <dd>{application.goals || '—'}</dd>
      </dl>

      <h3>Screening answers</h3>
      {screening.answers.length === 0 ? (
        <p className="empty">No answers yet.</p>
      ) : (
        <dl className="screening-answers-list">
          {screening.answers.map((a) => (
            <div key={a.question_id}>
              <dt>
                {a.quality ? <span className="badge">{qualityLabel(a.quality)}</span> : null} {a.prompt ?? 'A question removed since'}
              </dt>
              <dd>{a.answer || <em>Not answered</em>}</dd>
            </div>
          ))}
        </dl>
      )}

      <h3>Scores so far</h3>
      <p className="meta">
        {screening.scores.reviews === 0
          ? 'No scorecards yet.'
          : `${screening.scores.reviews} scorecard${screening.scores.reviews === 1 ? '' : 's'}; overall ${formatAverage(screening.scores.overall)} of 5 (` +
            screening.qualities.map((q) => `${qualityLabel(q)} ${formatAverage(screening.scores.average_by_quality[q])}`).join(', ') +
            ')'}
      </p>
      {screening.reviews.length > 0 && (
        <ul className="review-list">
          {screening.reviews.map((r) => (
            <li key={r.reviewer_user_id}>
              <strong>{r.mine ? 'You' : r.reviewer_name}</strong>: {OUTCOME_LABELS[r.recommendation]} —{' '}
              {screening.qualities.map((q) => `${qualityLabel(q)} ${r.scores[q] ?? '—'}`).join(', ')}
              <span className="cell-sub">{r.comment}</span>
            </li>
          ))}
        </ul>
      )}

      {screening.can_review && (
        <ScorecardForm
          programmeId={programmeId}
          applicationId={application.id}
          qualities={screening.qualities}
          existing={mine}
          onSaved={() => {
            void load();
            onChanged();
          }}
        />
      )}
      {screening.can_decide && (
        <DecisionForm programmeId={programmeId} applicationId={application.id} status={application.status} onDecided={decided} />
      )}
    </article>
  );
}
