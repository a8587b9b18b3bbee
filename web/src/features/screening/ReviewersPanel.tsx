import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { problemField, screeningApi, type Reviewer } from './screeningApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

/** The programme's named reviewers (admins review every programme): add by account email, remove. */
export function ReviewersPanel({ programmeId }: { programmeId: number }) {
  const { data: reviewers, error: loadError, reload: load } = useApi(() => screeningApi.reviewers(programmeId), [programmeId]);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loadError;
  const [emailError, setEmailError] = useState<string | undefined>();

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    setError(null);
    setEmailError(undefined);
    try {
      const reviewer = await screeningApi.addReviewer(programmeId, email);
      setStatus(`${reviewer.display_name || reviewer.email} reviews this programme's mentor applications.`);
      setEmail('');
      await load();
    } catch (e) {
      if (problemField(e) === 'email') setEmailError(errorMessage(e));
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove(reviewer: Reviewer) {
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      await screeningApi.removeReviewer(programmeId, reviewer.user_id);
      setStatus(`${reviewer.display_name || reviewer.email} no longer reviews this programme.`);
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reviewers-panel">
      <p className="meta">
        Administrators review every programme. Named reviewers score applications too; nobody reviews their own application or
        one from their reporting line, and only administrators decide.
      </p>
      {reviewers && reviewers.length === 0 && <p className="empty">No named reviewers yet.</p>}
      {reviewers && reviewers.length > 0 && (
        <ul className="reviewer-list">
          {reviewers.map((r) => (
            <li key={r.user_id}>
              {r.display_name || r.email} <span className="cell-sub">{r.email}</span>{' '}
              <button
                type="button"
                className="button button-small button-danger"
                disabled={busy}
                onClick={() => void remove(r)}
                aria-label={`Remove ${r.display_name || r.email}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="search-form" onSubmit={(e) => void add(e)} noValidate>
        <FormField id={`reviewer-email-${programmeId}`} label="Reviewer's account email" error={emailError}>
          {(control) => (
            <input {...control} type="email" value={email} disabled={busy} onChange={(e) => setEmail(e.target.value)} />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !email.trim()}>
            Add reviewer
          </button>
        </div>
      </form>
      <StatusMessage kind="status" message={status} />
      <StatusMessage kind="error" message={error} />
    </div>
  );
}
