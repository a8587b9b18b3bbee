import { screeningApi } from './screeningApi';
import { useAccess } from '../../shared/access';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';

/**
 * The "Screening" entry of the main navigation: always for admins, and for other accounts only while an admin
 * has named them a reviewer of some programme.
 */
export function ScreeningNavItem({ current }: { current: boolean }) {
  const { me, isAdmin, isParticipant } = useAccess();
  // Only a participant's entry depends on the API; a failed read leaves it out.
  const { data: reviewed } = useApi(
    async () => (isParticipant ? (await screeningApi.reviewedProgrammes()).length > 0 : null),
    [isParticipant, me.id],
  );
  const reviews = reviewed ?? isAdmin;

  if (!reviews) return null;
  return (
    <li>
      <a href={hrefFor({ name: 'screening' })} aria-current={current ? 'page' : undefined}>
        Screening
      </a>
    </li>
  );
}
