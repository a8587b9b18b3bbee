import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage, rememberCsrfToken } from '../../api/client';
import { identityApi } from './identityApi';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface SignInPageProps {
  onSignedIn: () => Promise<void> | void;
  notice?: string | undefined;
}

function throttleMessage(retryAfter: string | null): string {
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null;
  if (seconds === null) return 'Too many sign-in attempts. Please wait a moment before trying again.';
  if (seconds < 120) return `Too many sign-in attempts. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  return `Too many sign-in attempts. Please try again in ${Math.ceil(seconds / 60)} minutes.`;
}

export function SignInPage({ onSignedIn, notice }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const result = await identityApi.login(email.trim(), password);
      rememberCsrfToken(result.csrf_token);
      setPassword('');
      await onSignedIn();
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) {
        setError(throttleMessage(err.retryAfter));
      } else if (err instanceof ApiError && err.status === 401) {
        setError(err.problem.detail || err.problem.title || 'Email or password is incorrect.');
      } else {
        setError(errorMessage(err));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sign-in-layout">
      <header className="sign-in-brand">
        <p className="brand brand-large">Upward</p>
        <p className="tagline">Reverse mentoring programmes</p>
      </header>
      <main id="main" className="sign-in-card">
        <h1>Sign in</h1>
        {notice && !error && <p className="message message-ok">{notice}</p>}
        <form onSubmit={handleSubmit} noValidate>
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input
              id="sign-in-email"
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'sign-in-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'sign-in-error' : undefined}
            />
          </div>
          <StatusMessage kind="error" id="sign-in-error" message={error} />
          <button type="submit" className="button button-primary" disabled={busy || !email || !password}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}
