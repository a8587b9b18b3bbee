import { useApi } from '../../../shared/useApi';
import { programmesApi } from '../../programmes/programmesApi';
import { hrefFor } from '../../../shared/routes';
import { funnelApi, type FunnelPerson, type FunnelSide, type FunnelStepName } from './funnelApi';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { PersonName } from '../../../shared/ui/PersonName';
import { StatusMessage } from '../../../shared/ui/StatusMessage';

export const FUNNEL_STEP_LABELS: Record<FunnelStepName, string> = {
  invited: 'Invited',
  accepted_invitation: 'Accepted the invitation',
  applied: 'Applied',
  approved: 'Approved',
  trained: 'Trained',
  ground_rules_acknowledged: 'Acknowledged the ground rules',
  matched: 'Matched',
  agreement_signed: 'Agreement signed',
};

/** What holds a person at their step, in an administrator's words. */
export const FUNNEL_BLOCKER_LABELS: Record<string, string> = {
  not_invited: 'Never invited or enrolled',
  invitation_expired: 'Invitation expired',
  invitation_not_accepted: 'Has not accepted the invitation',
  not_applied: 'Has not applied',
  application_withdrawn: 'Withdrew the application',
  awaiting_screening: 'Awaiting screening',
  wait_listed: 'Wait-listed',
  declined: 'Application declined',
  training_incomplete: 'Training not complete',
  ground_rules_not_acknowledged: 'Ground rules not acknowledged',
  not_matched: 'Not matched yet',
  pair_not_accepted: 'Pair not accepted by both yet',
  agreement_not_drafted: 'Agreement not drafted',
  agreement_not_signed: 'Agreement not signed by both',
};

function blockerLabel(code: string | null): string {
  if (!code) return 'Done';
  return FUNNEL_BLOCKER_LABELS[code] ?? code.replace(/_/g, ' ');
}

function PeopleAt({ people, label, last }: { people: FunnelPerson[]; label: string; last: boolean }) {
  if (people.length === 0) return null;
  const one = people.length === 1;
  return (
    <details className="funnel-people">
      <summary>
        {people.length} {last ? (one ? 'person has' : 'people have') + ' done every step' : (one ? 'person stops' : 'people stop') + ' here'}
        <span className="visually-hidden"> at {label}</span>
      </summary>
      <ul>
        {people.map((person) => (
          <li key={person.employee_id}>
            <PersonName id={person.employee_id} name={person.name} />{' '}
            <span className="meta">({person.employee_id})</span> — <span className="funnel-blocker">{blockerLabel(person.blocked_on)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One side's steps as bars, each as long as its share of the largest step, with the people who stop there. */
function SideColumn({ side, named, title }: { side: FunnelSide; named: boolean; title: string }) {
  const top = Math.max(1, ...side.steps.map((s) => s.count));
  const headingId = `funnel-${side.side}`;
  return (
    <section className="funnel-side panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ol className="funnel-steps" aria-label={`${title}: people at each step`}>
        {side.steps.map((step, index) => {
          const label = FUNNEL_STEP_LABELS[step.step] ?? step.step;
          const share = Math.round((step.count / top) * 100);
          return (
            <li key={step.step} className="funnel-step" data-step={step.step}>
              <div className="funnel-step-head">
                <span className="funnel-step-name">{label}</span>
                <span className="funnel-count" aria-label={`${label}: ${step.count}`}>
                  {step.count}
                </span>
              </div>
              <div className="funnel-track" aria-hidden="true">
                <div className="funnel-bar" style={{ width: `${share}%` }} />
              </div>
              {named && step.people && (
                <PeopleAt people={step.people} label={label} last={index === side.steps.length - 1} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * A programme's enrolment funnel from invitation to signed agreement, mentors and mentees side by side.
 * Administrators see who stops at each step and why; sponsors see the counts only.
 */
export function FunnelPage({ programmeId }: { programmeId: number }) {
  const { data, error } = useApi(
    () => Promise.all([programmesApi.getProgramme(programmeId), funnelApi.funnel(programmeId)]),
    [programmeId],
  );
  const [programme, funnel] = data ?? [null, null];

  const sideTitle = (side: FunnelSide) => {
    const word = side.side === 'mentor' ? programme?.terminology?.mentor : programme?.terminology?.mentee;
    const name = word || side.side;
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}s`;
  };

  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>{programme?.name ?? 'Programme'}</a>
      </p>
      <PageHeading>Enrolment funnel{programme ? `: ${programme.name}` : ''}</PageHeading>
      <StatusMessage kind="status" message={!funnel && !error ? 'Loading the funnel…' : null} />
      <StatusMessage kind="error" message={error} />
      {funnel && (
        <>
          <p className="hint funnel-hint">
            Each step counts everyone who has done it; each person is listed once, at the furthest step they have done,
            with what the next step needs. A step lower than the one after it means people skipped it (for example,
            paired by an administrator without applying).{' '}
            {funnel.people_included
              ? 'Open a step to see who stops there and what holds them.'
              : 'As a sponsor you see the counts only, never names.'}
          </p>
          <div className="funnel-sides">
            {funnel.sides.map((side) => (
              <SideColumn key={side.side} side={side} named={funnel.people_included} title={sideTitle(side)} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

/** The way to a programme's funnel from its page (administrators and sponsors). */
export function FunnelLink({ programmeId }: { programmeId: number }) {
  return (
    <p className="funnel-link">
      <a className="button" href={hrefFor({ name: 'programme-funnel', id: programmeId })}>
        Enrolment funnel
      </a>
    </p>
  );
}
