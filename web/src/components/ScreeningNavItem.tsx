import { useEffect, useState } from 'react';
import { screeningApi } from '../screeningApi';
import type { Me } from '../types';
import { hrefFor } from '../shared/routes';

/**
 * The "Screening" entry of the main navigation: always for admins, and for other accounts only while an admin
 * has named them a reviewer of some programme.
 */
export function ScreeningNavItem({ me, current }: { me: Me; current: boolean }) {
  const [reviews, setReviews] = useState(me.role === 'admin');

  useEffect(() => {
    if (me.role !== 'participant') return;
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
  }, [me.role, me.id]);

  if (!reviews) return null;
  return (
    <li>
      <a href={hrefFor({ name: 'screening' })} aria-current={current ? 'page' : undefined}>
        Screening
      </a>
    </li>
  );
}
