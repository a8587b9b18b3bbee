import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { programmesApi } from './programmesApi';
import { hrefFor } from '../../shared/routes';
import { STATUS_LABELS } from './labels';
import { formatDate } from '../../shared/format';
import type { Programme } from './types';
import { SelectField } from '../../shared/ui/fields';
import { useApi } from '../../shared/useApi';
import { EMPTY, FIELD_IDS, fieldKey, merge, toInput, type FormState } from './programmeFormState';
import {
  AboutSection,
  EnrolmentSection,
  MatchingSection,
  PrivacySection,
  ScheduleSection,
  type SectionProps,
} from './ProgrammeFormSections';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface ProgrammeFormProps {
  /** null when creating a new programme. */
  programmeId: number | null;
  canEdit: boolean;
  onCreated?: (programme: Programme) => void;
  /** The words of the link to this programme's matching page, when the viewer has one. */
  matchingLinkLabel?: string | undefined;
  /** The words of the link to this programme's enrolment page (admins: invitations and applications;
   * members: their application and steps), when the viewer has one. */
  enrolmentLinkLabel?: string | undefined;
}

export function ProgrammeForm({ programmeId, canEdit, onCreated, matchingLinkLabel, enrolmentLinkLabel }: ProgrammeFormProps) {
  const isNew = programmeId === null;
  const [state, setState] = useState<FormState>(EMPTY);
  const templates = useApi(async () => (isNew ? programmesApi.listProgrammeTemplates() : []), [isNew]);
  const templatesError = templates.error ? `Templates could not be loaded. ${templates.error}` : null;
  const loaded = useApi(async () => (programmeId === null ? null : programmesApi.getProgramme(programmeId)), [programmeId]);
  const programme = loaded.data;
  const setProgramme = loaded.setData;
  const loading = !isNew && loaded.loading && !programme;
  const loadError = loaded.error;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [confirmArchive, setConfirmArchive] = useState(false);

  // The form shows the programme as last read or saved; adjusting state during render means the page never
  // paints the programme with the previous fields.
  const [shown, setShown] = useState<Programme | null>(null);
  if (programme && programme !== shown) {
    setShown(programme);
    setState(merge(EMPTY, programme));
  }

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  function applyTemplate(key: string) {
    const template = templates.data?.find((t) => t.key === key);
    if (!template) {
      setState((s) => ({ ...s, template: '' }));
      setStatus(null);
      return;
    }
    setState((s) => merge({ ...EMPTY, name: s.name }, { ...template.programme, template: template.key }));
    setFieldErrors({});
    setStatus(`Filled in from the “${template.name}” template. Review the fields, then save.`);
  }

  function err(key: string): string | undefined {
    return fieldErrors[key];
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!canEdit) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    setFieldErrors({});
    try {
      const body = toInput(state, isNew);
      if (programmeId === null) {
        const created = await programmesApi.createProgramme(body);
        onCreated?.(created);
      } else {
        const saved = await programmesApi.updateProgramme(programmeId, body);
        setProgramme(saved);
        setStatus('Changes saved.');
      }
    } catch (e) {
      const errors: Record<string, string> = {};
      if (e instanceof ApiError) {
        const key = fieldKey(e.problem.field);
        if (key) errors[key] = e.problem.detail || e.problem.title || 'This value is not valid.';
        for (const rowError of e.problem.errors ?? []) {
          const k = fieldKey(rowError.field);
          if (k && !errors[k]) errors[k] = rowError.reason;
        }
      }
      setFieldErrors(errors);
      const keys = Object.keys(errors);
      const firstKey = keys[0];
      if (firstKey) {
        setError(`The programme was not saved. ${keys.length === 1 ? 'Check the highlighted field' : 'Check the highlighted fields'}: ${errorMessage(e)}`);
        const id = FIELD_IDS[firstKey];
        if (id) window.setTimeout(() => document.getElementById(id)?.focus(), 0);
      } else {
        setError(`The programme was not saved. ${errorMessage(e)}`);
      }
    } finally {
      setBusy(false);
    }
  }

  async function handleArchive() {
    if (programmeId === null) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const archived = await programmesApi.archiveProgramme(programmeId);
      setProgramme(archived);
      setStatus('Programme archived.');
    } catch (e) {
      setError(`The programme was not archived. ${errorMessage(e)}`);
    } finally {
      setBusy(false);
      setConfirmArchive(false);
    }
  }

  const sections: SectionProps = { state, update, err };
  const title = isNew ? 'New programme' : programme ? programme.name : 'Programme';

  if (loading || loadError) {
    return (
      <div className="page">
        <PageHeading>{title}</PageHeading>
        <StatusMessage kind="status" message={loading ? 'Loading programme…' : null} />
        <StatusMessage kind="error" message={loadError} />
        <p>
          <a href={hrefFor({ name: 'programmes' })}>Back to programmes</a>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programmes' })}>Programmes</a>
      </p>
      <div className="page-title-row">
        <PageHeading>{title}</PageHeading>
        {programme && (
          <span className={`badge badge-${programme.status}`}>{STATUS_LABELS[programme.status] ?? programme.status}</span>
        )}
      </div>
      {programme && (
        <p className="meta">
          Created {formatDate(programme.created_at)} · Last updated {formatDate(programme.updated_at)}
          {programme.template ? ` · Template: ${programme.template}` : ''}
        </p>
      )}
      {programme && matchingLinkLabel && (
        <p>
          <a className="button" href={hrefFor({ name: 'programme-matching', id: programme.id })}>
            {matchingLinkLabel}
          </a>
        </p>
      )}
      {programme && enrolmentLinkLabel && (
        <p>
          <a className="button" href={hrefFor({ name: 'programme-enrolment', id: programme.id })}>
            {enrolmentLinkLabel}
          </a>
        </p>
      )}

      <form className="programme-form panel" onSubmit={handleSubmit} noValidate>
        <fieldset disabled={!canEdit || busy} className="plain-fieldset">
          {isNew && (
            <SelectField
              id={FIELD_IDS.template ?? 'programme-template'}
              label="Start from a template"
              hint={templatesError ?? 'Choosing a template fills in the fields below. You can change any of them.'}
              error={err('template')}
              value={state.template}
              onChange={applyTemplate}
              options={[{ value: '', label: 'No template' }, ...(templates.data ?? []).map((t) => ({ value: t.key, label: t.name }))]}
            />
          )}
          <AboutSection {...sections} />
          <ScheduleSection {...sections} />
          <MatchingSection {...sections} />
          <EnrolmentSection {...sections} />
          <PrivacySection {...sections} />
        </fieldset>

        <StatusMessage kind="error" message={error} />
        <StatusMessage kind="status" message={busy ? 'Saving…' : status} />

        {canEdit && (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              Save
            </button>
            {programme && programme.status !== 'archived' && !confirmArchive && (
              <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirmArchive(true)}>
                Archive
              </button>
            )}
            {confirmArchive && (
              <div className="confirm" role="group" aria-label="Confirm archive">
                <span>Archive this programme? Participants will no longer be able to use it.</span>
                <button type="button" className="button button-danger" disabled={busy} onClick={handleArchive}>
                  Yes, archive
                </button>
                <button type="button" className="button button-quiet" onClick={() => setConfirmArchive(false)}>
                  Cancel
                </button>
              </div>
            )}
          </div>
        )}
      </form>
    </div>
  );
}
