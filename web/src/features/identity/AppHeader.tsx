import { useAccess } from '../../shared/access';
import type { Route } from '../../shared/routes';
import { ScreeningNavItem } from '../screening/ScreeningNavItem';
import { hrefFor } from '../../shared/routes';

interface AppHeaderProps {
  current: Route['name'];
  onSignOut: () => void;
}

const ROLE_LABELS: Record<string, string> = {
  admin: 'Administrator',
  sponsor: 'Sponsor',
  participant: 'Participant',
};

export function AppHeader({ current, onSignOut }: AppHeaderProps) {
  const { me, isAdmin, isParticipant } = useAccess();
  const onProgrammes =
    current === 'programmes' ||
    current === 'programme-new' ||
    current === 'programme-edit' ||
    current === 'programme-matching' ||
    current === 'programme-funnel' ||
    current === 'programme-at-risk' ||
    current === 'programme-surveys' ||
    current === 'programme-outcomes' ||
    current === 'programme-health' ||
    current === 'programme-report' ||
    current === 'programme-enrolment';
  const showMyPairs = isParticipant && me.programmes.length > 0;
  const showTraining = isAdmin || showMyPairs;
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <a className="brand" href={hrefFor({ name: 'home' })}>
          Upward
        </a>
        <nav aria-label="Main">
          <ul className="nav-list">
            {isAdmin && (
              <li>
                <a href={hrefFor({ name: 'people' })} aria-current={current === 'people' ? 'page' : undefined}>
                  People
                </a>
              </li>
            )}
            <li>
              <a href={hrefFor({ name: 'programmes' })} aria-current={onProgrammes ? 'page' : undefined}>
                Programmes
              </a>
            </li>
            {showTraining && (
              <li>
                <a
                  href={hrefFor({ name: 'training' })}
                  aria-current={current === 'training' || current === 'programme-training' ? 'page' : undefined}
                >
                  Training
                </a>
              </li>
            )}
            <ScreeningNavItem current={current === 'screening' || current === 'programme-screening'} />
            {showMyPairs && (
              <li>
                <a href={hrefFor({ name: 'my-pairs' })} aria-current={current === 'my-pairs' ? 'page' : undefined}>
                  My pairs
                </a>
              </li>
            )}
            {showMyPairs && (
              <li>
                <a href={hrefFor({ name: 'my-feedback' })} aria-current={current === 'my-feedback' || current === 'survey-form' ? 'page' : undefined}>
                  My feedback
                </a>
              </li>
            )}
            <li>
              <a href={hrefFor({ name: 'calendar' })} aria-current={current === 'calendar' ? 'page' : undefined}>
                Calendar
              </a>
            </li>
          </ul>
        </nav>
        <div className="user-box">
          <span className="user-name">{me.display_name || me.email}</span>
          <span className="user-role">{ROLE_LABELS[me.role] ?? me.role}</span>
          <button type="button" className="button button-quiet" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}
