import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { INVITATION_STATUS_LABELS, enrolmentApi, type Invitation } from './enrolmentApi';
import { formatDate } from '../../shared/format';
import { StatusMessage } from '../../shared/ui/StatusMessage';

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

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations ({invitations.length})</h2>
      <StatusMessage kind="error" message={error} />
      {invitations.length === 0 ? (
        <p className="empty">Nobody is invited yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table invitations-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Side</th>
                <th scope="col">Status</th>
                <th scope="col">Invited</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td>
                    {invitation.name ?? invitation.employee_id}
                    <span className="cell-sub">
                      {invitation.employee_id} · {invitation.email}
                    </span>
                  </td>
                  <td>{invitation.side}</td>
                  <td>
                    <span className={`badge badge-invitation-${invitation.status}`}>
                      {INVITATION_STATUS_LABELS[invitation.status] ?? invitation.status}
                    </span>
                  </td>
                  <td>{formatDate(invitation.created_at)}</td>
                  <td>{invitation.status === 'accepted' ? `accepted ${formatDate(invitation.accepted_at)}` : formatDate(invitation.expires_at)}</td>
                  <td>
                    {(invitation.status === 'pending' || invitation.status === 'expired') && (
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        disabled={busy === invitation.id}
                        aria-label={`Revoke the invitation of ${invitation.name ?? invitation.employee_id}`}
                        onClick={() => revoke(invitation)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
