import { ROLE_LABELS, type ParticipantProgress, type TrainingProgress, type TrainingRole } from './trainingApi';
import { TrainingStatusBadge } from './TrainingStatusBadge';
import { DataTable, type Column } from '../../shared/ui/DataTable';

/** Each participant of one role against that role's modules, for admins. */
export function TrainingProgressTable({ progress, role }: { progress: TrainingProgress; role: TrainingRole }) {
  const modules = progress.modules.filter((m) => m.role === role);
  const participants = progress.participants.filter((p) => p.role === role);
  const caption = `${ROLE_LABELS[role]}s' training progress`;
  if (participants.length === 0) {
    return <p className="empty">No {role}s have joined this programme yet.</p>;
  }
  const columns: Column<ParticipantProgress>[] = [
    {
      key: 'participant',
      header: 'Participant',
      rowHeader: true,
      cell: (participant) => (
        <>
          {participant.display_name || participant.email}
          <span className="cell-sub">{participant.email}</span>
        </>
      ),
    },
    ...modules.map(
      (module, index): Column<ParticipantProgress> => ({
        key: `module-${module.id}`,
        header: (
          <>
            <span aria-hidden="true">Module {index + 1}</span>
            <span className="visually-hidden">{module.title}</span>
          </>
        ),
        cell: (participant) => {
          const cell = participant.modules.find((c) => c.module_id === module.id);
          return (
            <>
              {cell && <TrainingStatusBadge status={cell.status} />}
              {cell && cell.attempts > 0 && (
                <span className="cell-sub">
                  best {cell.best_score}% · {cell.attempts} {cell.attempts === 1 ? 'attempt' : 'attempts'}
                </span>
              )}
            </>
          );
        },
      }),
    ),
    {
      key: 'passed',
      header: 'Passed',
      cell: (participant) => (
        <>
          {participant.passed} of {participant.total}
          {participant.complete && <span className="cell-sub">complete</span>}
        </>
      ),
    },
  ];
  // Columns carry the module's number, which the key above the table spells out; screen readers hear the title.
  return (
    <div className="table-wrap">
      <ol className="training-progress-key" aria-hidden="true">
        {modules.map((m) => (
          <li key={m.id}>{m.title}</li>
        ))}
      </ol>
      <DataTable
        className="data-table training-progress"
        caption={caption}
        columns={columns}
        rows={participants}
        rowKey={(participant) => participant.user_id}
      />
    </div>
  );
}
