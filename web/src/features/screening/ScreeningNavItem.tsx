import { useEffect, useState } from 'react';
import { screeningApi } from './screeningApi';
import { useAccess } from '../../shared/access';
import { hrefFor } from '../../shared/routes';

/**
 * The "Screening" entry of the main navigation: always for admins, and for other accounts only while an admin
 * has named them a reviewer of some programme.
 */
export function ScreeningNavItem({ current }: { current: boolean }) {
  const { me, isAdmin, isParticipant } = useAccess();
  const [reviews, setReviews] = useState(isAdmin);

  useEffect(() => {
    if (!isParticipant) return;
    let cancelled = false;
    screeningApi
      .reviewedProgrammes()
      .then((list) => {
        if (!cancelled) setReviews(list.length > 0);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [isParticipant, me.id]);

  if (!reviews) return null;
  return (
    <li>
      <a href={hrefFor({ name: 'screening' })} aria-current={current ? 'page' : undefined}>
        Screening
      </a>
    </li>
  );
}
