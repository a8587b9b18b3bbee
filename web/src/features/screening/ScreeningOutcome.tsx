import { APPLICATION_STATUS_LABELS, type MyScreening } from './screeningApi';

/** What the applicant has been told: the status of their mentor application and, once decided, the reason. */
export function ScreeningOutcome({ mine }: { mine: MyScreening }) {
  const application = mine.application;
  if (!application) {
    return <p className="empty">You have not applied to mentor in this programme yet.</p>;
  }
  if (application.side !== 'mentor') {
    return <p className="meta">Screening is for mentor applications; yours is a mentee application.</p>;
  }
  const decided = application.status !== 'submitted' && application.status !== 'withdrawn';
  return (
    <div className="screening-outcome" aria-live="polite">
      <p>
        Your mentor application:{' '}
        <span className={`badge badge-application-${application.status}`} data-testid="screening-status">
          {APPLICATION_STATUS_LABELS[application.status] ?? application.status}
        </span>
      </p>
      {decided && application.decision_reason && (
        <>
          <p className="meta">The reason we gave{application.decided_at ? ` on ${application.decided_at.slice(0, 10)}` : ''}:</p>
          <blockquote className="decision-reason">{application.decision_reason}</blockquote>
        </>
      )}
      {application.status === 'submitted' && (
        <p className="meta">Reviewers are reading applications. You will be told by email when there is a decision.</p>
      )}
      {application.status === 'wait_listed' && (
        <p className="meta">You are on the waiting list. We may approve your application later and will tell you if we do.</p>
      )}
    </div>
  );
}
