import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { INVITATION_STATUS_LABELS, enrolmentApi, type Invitation } from './enrolmentApi';
import { formatDate } from '../../shared/format';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { DataTable, type Column } from '../../shared/ui/DataTable';

interface InvitationsTableProps {
  programmeId: number;
  invitations: Invitation[];
  onChanged: () => void;
}

/** The programme's invitations with their status; pending or expired ones can be revoked. */
export function InvitationsTable({ programmeId, invitations, onChanged }: InvitationsTableProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  async function revoke(invitation: Invitation) {
    setBusy(invitation.id);
    setError(null);
    try {
      await enrolmentApi.revoke(programmeId, invitation.id);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  const nameOf = (invitation: Invitation) => invitation.name ?? invitation.employee_id;
  const columns: Column<Invitation>[] = [
    {
      key: 'person',
      header: 'Person',
      cell: (invitation) => (
        <>
          {nameOf(invitation)}
          <span className="cell-sub">
            {invitation.employee_id} · {invitation.email}
          </span>
        </>
      ),
    },
    { key: 'side', header: 'Side', cell: (invitation) => invitation.side },
    {
      key: 'status',
      header: 'Status',
      cell: (invitation) => (
        <span className={`badge badge-invitation-${invitation.status}`}>
          {INVITATION_STATUS_LABELS[invitation.status] ?? invitation.status}
        </span>
      ),
    },
    { key: 'invited', header: 'Invited', cell: (invitation) => formatDate(invitation.created_at) },
    {
      key: 'expires',
      header: 'Expires',
      cell: (invitation) =>
        invitation.status === 'accepted' ? `accepted ${formatDate(invitation.accepted_at)}` : formatDate(invitation.expires_at),
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      cell: (invitation) =>
        (invitation.status === 'pending' || invitation.status === 'expired') && (
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={busy === invitation.id}
            aria-label={`Revoke the invitation of ${nameOf(invitation)}`}
            onClick={() => revoke(invitation)}
          >
            Revoke
          </button>
        ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations ({invitations.length})</h2>
      <StatusMessage kind="error" message={error} />
      {invitations.length === 0 ? (
        <p className="empty">Nobody is invited yet.</p>
      ) : (
        <DataTable
          frame="wrap"
          className="data-table invitations-table"
          columns={columns}
          rows={invitations}
          rowKey={(invitation) => invitation.id}
        />
      )}
    </section>
  );
}
