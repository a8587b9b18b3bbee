import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage, orWhenRefused } from '../../api/client';
import { sessionLogApi } from './sessionLogApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

/**
 * The signed-in person's own private note on one session. Only its author can read it: not the partner, not
 * administrators, not sponsors. The server keeps it encrypted; when it cannot (no key, or a different key
 * sealed the note) the panel says so plainly.
 */
export function SessionNotesPanel({ pairId, occurrenceId }: { pairId: number; occurrenceId: number }) {
  const loaded = useApi(
    () =>
      orWhenRefused(
        sessionLogApi.myNote(pairId, occurrenceId).then((note) => ({ note, unavailable: null })),
        // The server cannot open notes now (503): the panel says so instead of offering the form.
        [503],
        (e) => ({ note: null, unavailable: errorMessage(e) }),
      ),
    [pairId, occurrenceId],
  );
  const note = loaded.data?.note ?? null;
  const unavailable = loaded.data?.unavailable ?? null;
  // What the person has typed since the note was read; until then, the note as saved.
  const [edited, setText] = useState<string | null>(null);
  const text = edited ?? note?.text ?? '';
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loaded.error;
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    setStatus(null);
    try {
      const saved = await sessionLogApi.saveMyNote(pairId, occurrenceId, text);
      loaded.setData({ note: saved, unavailable: null });
      setStatus('Your note is saved.');
    } catch (e: unknown) {
      if (e instanceof ApiError && e.problem.field === 'text') setFieldError(e.problem.detail ?? errorMessage(e));
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await sessionLogApi.deleteMyNote(pairId, occurrenceId);
      loaded.setData((current) => (current?.note ? { ...current, note: { ...current.note, text: null, updated_at: null } } : current));
      setText('');
      setStatus('Your note is deleted.');
    } catch (e: unknown) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="session-notes panel" aria-labelledby="session-notes-heading">
      <h2 id="session-notes-heading">My private note</h2>
      <p className="private-statement">
        <strong>Only you can read this.</strong> Your partner, administrators and sponsors cannot see it.
      </p>
      {unavailable ? (
        <StatusMessage kind="error" message={`Private notes are not available right now. ${unavailable}`} />
      ) : (
        <>
          <StatusMessage kind="status" message={!note && !error ? 'Loading your note…' : status} />
          <StatusMessage kind="error" message={error} />
          {note && (
            <form onSubmit={save} className="session-note-form">
              <FormField id="session-note-text" label="Note" error={fieldError}
                hint={note.updated_at ? `Last saved ${new Date(note.updated_at).toLocaleString()}` : 'Nothing written yet.'}>
                {(control) => (
                  <textarea {...control} rows={6} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} />
                )}
              </FormField>
              <div className="actions">
                <button type="submit" disabled={busy || text.trim() === ''}>
                  Save note
                </button>
                {note.text !== null && (
                  <button type="button" className="secondary" disabled={busy} onClick={() => void remove()}>
                    Delete note
                  </button>
                )}
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}
