import { BLOCKER_LABELS, STEP_LABELS, STEP_STATE_LABELS, type EnrolmentStatus } from './enrolmentApi';

/** A participant's steps from invitation to a signed agreement, each with its state and what it needs. */
export function EnrolmentSteps({ status }: { status: EnrolmentStatus }) {
  return (
    <section className="panel" aria-labelledby="enrolment-steps-heading">
      <h2 id="enrolment-steps-heading">Your steps</h2>
      <ol className="enrolment-steps">
        {status.steps.map((step) => (
          <li key={step.step} className={`enrolment-step enrolment-step-${step.state}`} data-step={step.step}>
            <span className="enrolment-step-name">{STEP_LABELS[step.step] ?? step.step}</span>{' '}
            <span className={`badge badge-step-${step.state}`}>{STEP_STATE_LABELS[step.state] ?? step.state}</span>
            <span className="cell-sub">{step.detail}</span>
          </li>
        ))}
      </ol>
      {status.eligible ? (
        <p className="message message-ok">You are ready to be matched.</p>
      ) : (
        <div>
          <p>Before you can be matched:</p>
          <ul className="enrolment-blockers">
            {status.blockers.map((blocker) => (
              <li key={blocker}>{BLOCKER_LABELS[blocker] ?? blocker}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
