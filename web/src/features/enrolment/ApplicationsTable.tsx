import { useState, type ReactNode } from 'react';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus, type ApplicationWithApplicant } from './enrolmentApi';
import { formatDate } from '../../shared/format';
import type { Side } from '../programmes/types';
import { DataTable, type Column } from '../../shared/ui/DataTable';

interface ApplicationsTableProps {
  applications: ApplicationWithApplicant[];
  side: Side | '';
  status: ApplicationStatus | '';
  onFilter: (side: Side | '', status: ApplicationStatus | '') => void;
  /** Extra controls per application (screening adds its review and decision controls here). */
  renderActions?: (application: ApplicationWithApplicant) => ReactNode;
}

function topicSummary(application: ApplicationWithApplicant): string {
  return application.topics
    .map((t) => (application.side === 'mentor' ? `${t.topic} (level ${t.level ?? '?'})` : `${t.topic} (priority ${t.priority ?? '?'})`))
    .join(', ');
}

/** Every application of the programme, filterable by side and status, each expandable to its answers. */
export function ApplicationsTable({ applications, side, status, onFilter, renderActions }: ApplicationsTableProps) {
  const [open, setOpen] = useState<number | null>(null);
  const columns: Column<ApplicationWithApplicant>[] = [
    {
      key: 'applicant',
      header: 'Applicant',
      cell: (application) => (
        <>
          {application.name ?? application.employee_id}
          <span className="cell-sub">
            {application.employee_id} · grade {application.grade}
            {application.department ? ` · ${application.department}` : ''}
          </span>
        </>
      ),
    },
    { key: 'side', header: 'Side', cell: (application) => application.side },
    {
      key: 'status',
      header: 'Status',
      cell: (application) => (
        <span className={`badge badge-application-${application.status}`}>
          {APPLICATION_STATUS_LABELS[application.status] ?? application.status}
        </span>
      ),
    },
    { key: 'topics', header: 'Topics', cell: (application) => topicSummary(application) },
    { key: 'submitted', header: 'Submitted', cell: (application) => formatDate(application.submitted_at) },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      className: 'row-actions',
      cell: (application) => (
        <>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-expanded={open === application.id}
            aria-controls={`application-${application.id}-details`}
            onClick={() => setOpen(open === application.id ? null : application.id)}
          >
            {open === application.id ? 'Hide' : 'Details'}
          </button>
          {renderActions?.(application)}
        </>
      ),
    },
  ];
  return (
    <section className="panel" aria-labelledby="applications-heading">
      <h2 id="applications-heading">Applications ({applications.length})</h2>
      <div className="field-row field-row-3">
        <div className="field">
          <label htmlFor="applications-side">Side</label>
          <select id="applications-side" value={side} onChange={(e) => onFilter(e.target.value as Side | '', status)}>
            <option value="">Both</option>
            <option value="mentor">Mentors</option>
            <option value="mentee">Mentees</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="applications-status">Status</label>
          <select
            id="applications-status"
            value={status}
            onChange={(e) => onFilter(side, e.target.value as ApplicationStatus | '')}
          >
            <option value="">Any</option>
            {(Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[]).map((s) => (
              <option key={s} value={s}>
                {APPLICATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {applications.length === 0 ? (
        <p className="empty">No applications match.</p>
      ) : (
        <DataTable
          frame="wrap"
          className="data-table applications-table"
          columns={columns}
          rows={applications}
          rowKey={(application) => application.id}
          afterRow={(application) =>
            open === application.id && (
              <tr id={`application-${application.id}-details`}>
                <td colSpan={6}>
                  <dl className="application-details">
                    <dt>Motivation</dt>
                    <dd>{application.motivation}</dd>
                    <dt>Own learning goals</dt>
                    <dd>{application.goals || '—'}</dd>
                    <dt>Languages</dt>
                    <dd>{application.languages.join(', ')}</dd>
                    <dt>Weekly availability (their time zone)</dt>
                    <dd>{application.availability.map((s) => `${s.day} ${s.start}–${s.end}`).join(', ')}</dd>
                    {application.side === 'mentor' && (
                      <>
                        <dt>Evidence</dt>
                        <dd>
                          <ul>
                            {application.topics.map((t) => (
                              <li key={t.topic}>
                                {t.topic}: {t.evidence}
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                    {application.decision_reason && (
                      <>
                        <dt>Decision</dt>
                        <dd>{application.decision_reason}</dd>
                      </>
                    )}
                  </dl>
                </td>
              </tr>
            )
          }
        />
      )}
    </section>
  );
}
