import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { programmesApi } from '../programmes/programmesApi';
import { hrefFor } from '../../shared/routes';
import {
  ROLE_LABELS,
  trainingApi,
  type TrainingModule,
  type TrainingRole,
} from './trainingApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TrainingModuleEditor } from './TrainingModuleEditor';
import { TrainingProgressTable } from './TrainingProgressTable';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { useApi } from '../../shared/useApi';

const ROLES: TrainingRole[] = ['mentor', 'mentee'];

type Editing = { role: TrainingRole; module: TrainingModule | null } | null;

/** An admin's view of a programme's training: modules per role (write, reorder, remove) and everyone's progress. */
export function TrainingAdminPage({ programmeId }: { programmeId: number }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmRemove, setConfirmRemove] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loaded = useApi(
    () =>
      Promise.all([programmesApi.getProgramme(programmeId), trainingApi.listModules(programmeId), trainingApi.progress(programmeId)]),
    [programmeId],
  );
  const [programme, modules, progress] = loaded.data ?? [null, null, null];
  const load = loaded.reload;

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const move = (role: TrainingRole, index: number, by: number) =>
    act(async () => {
      const ids = (modules ?? []).filter((m) => m.role === role).map((m) => m.id);
      const [id] = ids.splice(index, 1);
      ids.splice(index + by, 0, id as number);
      await trainingApi.reorder(programmeId, role, ids);
      return 'Order saved.';
    });

  const remove = (module: TrainingModule) =>
    act(async () => {
      setConfirmRemove(null);
      const result = await trainingApi.removeModule(programmeId, module.id);
      return result.outcome === 'archived'
        ? `“${module.title}” was archived: participants had attempted it, so their attempts are kept.`
        : `“${module.title}” was deleted.`;
    });

  const archived = programme?.status === 'archived';

  /** The modules of one role, in order, with the admin's actions on each. */
  const moduleColumns = (role: TrainingRole, ofRole: TrainingModule[]): Column<TrainingModule>[] => [
    { key: 'position', header: '#', cell: (_, index) => index + 1 },
    { key: 'title', header: 'Title', rowHeader: true, cell: (module) => module.title },
    { key: 'questions', header: 'Questions', cell: (module) => module.question_count },
    { key: 'pass-mark', header: 'Pass mark', cell: (module) => `${module.pass_mark}%` },
    {
      key: 'actions',
      header: 'Actions',
      cell: (module, index) => (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={`Move “${module.title}” up`}
            disabled={busy || archived || index === 0}
            onClick={() => void move(role, index, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={`Move “${module.title}” down`}
            disabled={busy || archived || index === ofRole.length - 1}
            onClick={() => void move(role, index, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={`Edit “${module.title}”`}
            disabled={busy || archived}
            onClick={() => setEditing({ role, module })}
          >
            Edit
          </button>
          {confirmRemove === module.id ? (
            <>
              <button
                type="button"
                className="button button-small button-danger"
                disabled={busy}
                onClick={() => void remove(module)}
              >
                Confirm removal
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => setConfirmRemove(null)}>
                Keep
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-small button-danger"
              aria-label={`Remove “${module.title}”`}
              disabled={busy || archived}
              onClick={() => setConfirmRemove(module.id)}
            >
              Remove
            </button>
          )}
        </div>
      ),
    },
  ];

  return (
    <div className="page training-admin">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>{programme?.name ?? 'Programme'}</a>
      </p>
      <PageHeading>Training{programme ? `: ${programme.name}` : ''}</PageHeading>
      <StatusMessage kind="status" message={status} />
      <StatusMessage kind="error" message={error ?? loaded.error} />
      {archived && <p className="meta">This programme is archived: its training can no longer change.</p>}
      {!modules && !(error ?? loaded.error) && <p aria-busy="true">Loading training…</p>}

      {modules &&
        ROLES.map((role) => {
          const ofRole = modules.filter((m) => m.role === role);
          const headingId = `training-${role}-heading`;
          return (
            <section key={role} className="panel" aria-labelledby={headingId}>
              <div className="page-title-row">
                <h2 id={headingId}>{ROLE_LABELS[role]} modules</h2>
                <button
                  type="button"
                  className="button"
                  disabled={busy || archived}
                  onClick={() => setEditing({ role, module: null })}
                >
                  Add a {role} module
                </button>
              </div>
              {ofRole.length === 0 ? (
                <p className="empty">No {role} modules. {ROLE_LABELS[role]}s have nothing to pass.</p>
              ) : (
                <DataTable
                  frame="wrap"
                  caption={`${ROLE_LABELS[role]} modules in order`}
                  captionClassName="visually-hidden"
                  columns={moduleColumns(role, ofRole)}
                  rows={ofRole}
                  rowKey={(module) => module.id}
                />
              )}
              {editing?.role === role && (
                <TrainingModuleEditor
                  key={editing.module?.id ?? `new-${role}`}
                  programmeId={programmeId}
                  role={role}
                  module={editing.module}
                  onCancel={() => setEditing(null)}
                  onSaved={(saved) => {
                    setEditing(null);
                    void act(async () => `“${saved.title}” saved.`);
                  }}
                />
              )}
            </section>
          );
        })}

      {progress && (
        <section className="panel" aria-labelledby="training-progress-heading">
          <h2 id="training-progress-heading">Progress</h2>
          <p className="hint">Who has passed which module. A participant is ready for matching once they pass all of theirs.</p>
          {ROLES.map((role) => (
            <TrainingProgressTable key={role} progress={progress} role={role} />
          ))}
        </section>
      )}
    </div>
  );
}
