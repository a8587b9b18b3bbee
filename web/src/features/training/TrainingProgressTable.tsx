import { ROLE_LABELS, type TrainingProgress, type TrainingRole } from './trainingApi';
import { TrainingStatusBadge } from './TrainingStatusBadge';

/** Each participant of one role against that role's modules, for admins. */
export function TrainingProgressTable({ progress, role }: { progress: TrainingProgress; role: TrainingRole }) {
  const modules = progress.modules.filter((m) => m.role === role);
  const participants = progress.participants.filter((p) => p.role === role);
  const caption = `${ROLE_LABELS[role]}s' training progress`;
  if (participants.length === 0) {
    return <p className="empty">No {role}s have joined this programme yet.</p>;
  }
  // Columns carry the module's number, which the key above the table spells out; screen readers hear the title.
  return (
    <div className="table-wrap">
      <ol className="training-progress-key" aria-hidden="true">
        {modules.map((m) => (
          <li key={m.id}>{m.title}</li>
        ))}
      </ol>
      <table className="data-table training-progress">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            {modules.map((m, index) => (
              <th scope="col" key={m.id}>
                <span aria-hidden="true">Module {index + 1}</span>
                <span className="visually-hidden">{m.title}</span>
              </th>
            ))}
            <th scope="col">Passed</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.user_id}>
              <th scope="row">
                {participant.display_name || participant.email}
                <span className="cell-sub">{participant.email}</span>
              </th>
              {modules.map((module) => {
                const cell = participant.modules.find((c) => c.module_id === module.id);
                return (
                  <td key={module.id}>
                    {cell && <TrainingStatusBadge status={cell.status} />}
                    {cell && cell.attempts > 0 && (
                      <span className="cell-sub">
                        best {cell.best_score}% · {cell.attempts} {cell.attempts === 1 ? 'attempt' : 'attempts'}
                      </span>
                    )}
                  </td>
                );
              })}
              <td>
                {participant.passed} of {participant.total}
                {participant.complete && <span className="cell-sub">complete</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
