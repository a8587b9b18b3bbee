import { hrefFor } from '../../shared/routes';

interface ScreeningApplicationLinkProps {
  application: { id: number; programme_id: number; side: string };
}

/**
 * A link from an application listed elsewhere (the admin's enrolment page) to its review on the Screening page;
 * nothing for mentee applications, which are not screened. Fits ApplicationsTable's `renderActions`.
 */
export function ScreeningApplicationLink({ application }: ScreeningApplicationLinkProps) {
  if (application.side !== 'mentor') return null;
  return (
    <a className="button button-small" href={hrefFor({ name: 'programme-screening', id: application.programme_id, applicationId: application.id })}>
      Screen
    </a>
  );
}
