import { useCallback, useEffect, useState } from 'react';
import { programmesApi } from '../programmes/programmesApi';
import { errorMessage } from '../../api/client';
import { enrolmentApi, type ApplicationStatus, type ApplicationWithApplicant, type Invitation } from './enrolmentApi';
import { hrefFor } from '../../shared/routes';
import type { Programme, Side } from '../programmes/types';
import { ApplicationsTable } from './ApplicationsTable';
import { ScreeningApplicationLink } from '../screening/ScreeningApplicationLink';
import { InvitationsTable } from './InvitationsTable';
import { InvitePanel } from './InvitePanel';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';

/** An admin's enrolment of one programme: invite, follow the invitations, read the applications. */
export function EnrolmentAdminPage({ programmeId }: { programmeId: number }) {
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [applications, setApplications] = useState<ApplicationWithApplicant[]>([]);
  const [side, setSide] = useState<Side | ''>('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [error, setError] = useState<string | null>(null);

  const loadInvitations = useCallback(async () => {
    try {
      setInvitations(await enrolmentApi.invitations(programmeId));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [programmeId]);

  const loadApplications = useCallback(async () => {
    try {
      setApplications(await enrolmentApi.applications(programmeId, { side, status }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [programmeId, side, status]);

  useEffect(() => {
    programmesApi
      .getProgramme(programmeId)
      .then(setProgramme)
      .catch((e: unknown) => setError(errorMessage(e)));
    void loadInvitations();
  }, [programmeId, loadInvitations]);

  useEffect(() => {
    void loadApplications();
  }, [loadApplications]);

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
      <InvitePanel programmeId={programmeId} onInvited={() => void loadInvitations()} />
      <InvitationsTable programmeId={programmeId} invitations={invitations} onChanged={() => void loadInvitations()} />
      <ApplicationsTable
        applications={applications}
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
