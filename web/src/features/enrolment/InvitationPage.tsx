import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage, rememberCsrfToken } from '../../api/client';
import { enrolmentApi } from './enrolmentApi';
import { formatDate } from '../../shared/format';
import { FormField } from '../../shared/ui/FormField';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { hrefFor } from '../../shared/routes';
import { useApi } from '../../shared/useApi';

interface InvitationPageProps {
  token: string;
  /** Called once the invitee is signed in, with the programme they joined. */
  onAccepted: (programmeId: number) => void;
}

const MIN_PASSWORD = 12;

/** Why a link no longer works, in the invitee's words. */
function linkProblem(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return 'This invitation link is not valid. Check that you copied the whole link from the email.';
    if (error.status === 410 || error.status === 409) return error.problem.detail ?? 'This invitation can no longer be used.';
  }
  return errorMessage(error);
}

/** The landing page of an invitation link: what it is for, a password, and accepting it. */
export function InvitationPage({ token, onAccepted }: InvitationPageProps) {
  const { data: preview, error: loadError } = useApi(() => enrolmentApi.preview(token), [token], linkProblem);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldError, setFieldError] = useState<{ field: 'password' | 'repeat'; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    setError(null);
    setFieldError(null);
    if (!preview.account_exists) {
      if (password.length < MIN_PASSWORD) {
        setFieldError({ field: 'password', message: `Choose a password of at least ${MIN_PASSWORD} characters.` });
        document.getElementById('invitation-password')?.focus();
        return;
      }
      if (password !== repeat) {
        setFieldError({ field: 'repeat', message: 'The two passwords are not the same.' });
        document.getElementById('invitation-repeat')?.focus();
        return;
      }
    }
    setBusy(true);
    try {
      const result = await enrolmentApi.accept(token, password);
      rememberCsrfToken(result.csrf_token);
      onAccepted(preview.programme_id);
    } catch (e) {
      if (e instanceof ApiError && e.problem.field === 'password') {
        setFieldError({ field: 'password', message: e.problem.detail ?? 'This password cannot be used.' });
      } else if (e instanceof ApiError && e.status === 401) {
        setFieldError({ field: 'password', message: 'That is not the password of your account.' });
      } else {
        setError(linkProblem(e));
      }
    } finally {
      setBusy(false);
    }
  }

  if (!preview) {
    return (
      <div className="page invitation-page">
        <PageHeading>Your invitation</PageHeading>
        <StatusMessage kind="status" message={loadError ? null : 'Loading your invitation…'} />
        <StatusMessage kind="error" message={loadError} />
        {loadError && (
          <p>
            Already joined? <a href={hrefFor({ name: 'home' })}>Sign in</a>.
          </p>
        )}
      </div>
    );
  }

  const role = preview.side === 'mentor' ? 'mentor' : 'mentee';
  return (
    <div className="page invitation-page">
      <PageHeading>You are invited to {preview.programme_name}</PageHeading>
      <div className="panel">
        <p>
          Hello {preview.invitee_name}, you are invited to join <strong>{preview.programme_name}</strong> as a{' '}
          <strong>{role}</strong>.
        </p>
        {preview.programme_purpose && <p>{preview.programme_purpose}</p>}
        <p className="meta">
          For {preview.email} · The link works once and expires on {formatDate(preview.expires_at)}.
        </p>
      </div>
      <form className="panel" onSubmit={handleSubmit} noValidate aria-describedby="invitation-intro">
        <h2 className="form-section">{preview.account_exists ? 'Sign in to accept' : 'Set your password'}</h2>
        <p className="hint" id="invitation-intro">
          {preview.account_exists
            ? 'You already have an Upward account. Enter its password to add this programme to it.'
            : 'Choose a password for your new Upward account. You will use it with your email to sign in.'}
        </p>
        <fieldset className="plain-fieldset" disabled={busy}>
          <FormField
            id="invitation-password"
            label={preview.account_exists ? 'Your password' : 'Choose a password'}
            hint={preview.account_exists ? undefined : `At least ${MIN_PASSWORD} characters.`}
            error={fieldError?.field === 'password' ? fieldError.message : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete={preview.account_exists ? 'current-password' : 'new-password'}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>
          {!preview.account_exists && (
            <FormField
              id="invitation-repeat"
              label="Repeat the password"
              error={fieldError?.field === 'repeat' ? fieldError.message : undefined}
            >
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                />
              )}
            </FormField>
          )}
        </fieldset>
        <StatusMessage kind="error" message={error} />
        <StatusMessage kind="status" message={busy ? 'Accepting…' : null} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Accept the invitation
          </button>
        </div>
      </form>
    </div>
  );
}
