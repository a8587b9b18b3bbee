import { useState } from 'react';
import { programmesApi } from '../programmes/programmesApi';
import { enrolmentApi, type ApplicationStatus } from './enrolmentApi';
import { hrefFor } from '../../shared/routes';
import type { Side } from '../programmes/types';
import { ApplicationsTable } from './ApplicationsTable';
import { ScreeningApplicationLink } from '../screening/ScreeningApplicationLink';
import { InvitationsTable } from './InvitationsTable';
import { InvitePanel } from './InvitePanel';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

/** An admin's enrolment of one programme: invite, follow the invitations, read the applications. */
export function EnrolmentAdminPage({ programmeId }: { programmeId: number }) {
  const [side, setSide] = useState<Side | ''>('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const { data: programme, error: programmeError } = useApi(() => programmesApi.getProgramme(programmeId), [programmeId]);
  const invitations = useApi(() => enrolmentApi.invitations(programmeId), [programmeId]);
  const applications = useApi(() => enrolmentApi.applications(programmeId, { side, status }), [programmeId, side, status]);
  const error = programmeError ?? invitations.error ?? applications.error;

  return (
    <div className="page enrolment-admin">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programmes' })}>Programmes</a>
        {programme && (
          <>
            {' '}
            › <a href={hrefFor({ name: 'programme-edit', id: programme.id })}>{programme.name}</a>
          </>
        )}
      </p>
      <PageHeading>Enrolment{programme ? `: ${programme.name}` : ''}</PageHeading>
      <StatusMessage kind="error" message={error} />
      <InvitePanel programmeId={programmeId} onInvited={() => void invitations.reload()} />
      <InvitationsTable programmeId={programmeId} invitations={invitations.data ?? []} onChanged={() => void invitations.reload()} />
      <ApplicationsTable
        applications={applications.data ?? []}
        side={side}
        status={status}
        onFilter={(nextSide, nextStatus) => {
          setSide(nextSide);
          setStatus(nextStatus);
        }}
        renderActions={(application) => <ScreeningApplicationLink application={application} />}
      />
    </div>
  );
}
