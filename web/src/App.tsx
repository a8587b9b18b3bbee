import { useCallback, useEffect } from 'react';
import { onUnauthorized, rememberCsrfToken, ApiError, errorMessage } from './api/client';
import { identityApi } from './features/identity/identityApi';
import { navigate, useRoute } from './shared/routes';
import type { Me } from './features/identity/types';
import { AccessProvider, accessFor } from './shared/access';
import { RoutedPage } from './RoutedPage';
import { SignInPage } from './features/identity/SignInPage';
import { AppHeader } from './features/identity/AppHeader';
import { InvitationPage } from './features/enrolment/InvitationPage';
import { useApi } from './shared/useApi';

type Session = { state: 'signed-out'; notice?: string } | { state: 'signed-in'; me: Me };

/**
 * Who is signed in. A 401 means nobody; any other failure also leaves the visitor at sign-in, told why, so the
 * read never fails.
 */
async function readSession(): Promise<Session> {
  try {
    const me = await identityApi.me();
    rememberCsrfToken(me.csrf_token);
    return { state: 'signed-in', me };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { state: 'signed-out' };
    return { state: 'signed-out', notice: errorMessage(error) };
  }
}

export function App() {
  // No session yet means the first read is under way; later reads keep the page that is showing.
  const { data: session, reload: loadMe, setData: setSession } = useApi(readSession, []);
  const route = useRoute();

  useEffect(() => {
    onUnauthorized(() => {
      rememberCsrfToken(null);
      setSession({ state: 'signed-out', notice: 'Your session has ended. Please sign in again.' });
    });
    return () => onUnauthorized(null);
  }, [setSession]);

  const handleSignedIn = useCallback(async () => {
    const now = await loadMe();
    if (now?.state !== 'signed-in') return;
    const { isAdmin } = accessFor(now.me);
    if (route.name === 'home' || (route.name === 'people' && !isAdmin)) {
      navigate(isAdmin ? { name: 'people' } : { name: 'programmes' });
    }
  }, [loadMe, route.name]);

  const handleSignOut = useCallback(async () => {
    try {
      await identityApi.logout();
    } catch {
      // Signing out locally is enough even if the server session is already gone.
    }
    rememberCsrfToken(null);
    setSession({ state: 'signed-out', notice: 'You have signed out.' });
  }, [setSession]);

  if (!session) {
    return (
      <main id="main" className="loading" aria-busy="true">
        <p>Loading Upward…</p>
      </main>
    );
  }

  // An invitation link works signed out: accepting it signs the invitee in and opens their programme.
  if (route.name === 'invitation') {
    return (
      <main id="main" tabIndex={-1}>
        <InvitationPage
          key={route.token}
          token={route.token}
          onAccepted={(programmeId) => {
            void loadMe().then(() => navigate({ name: 'programme-enrolment', id: programmeId }));
          }}
        />
      </main>
    );
  }

  if (session.state === 'signed-out') {
    return <SignInPage onSignedIn={handleSignedIn} notice={session.notice} />;
  }

  const { me } = session;
  const { isAdmin } = accessFor(me);
  const effective = route.name === 'home' ? (isAdmin ? { name: 'people' as const } : { name: 'programmes' as const }) : route;

  const content = <RoutedPage route={effective} />;

  return (
    <AccessProvider me={me}>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to main content
      </a>
      <AppHeader current={effective.name} onSignOut={handleSignOut} />
      <main id="main" tabIndex={-1}>
        {content}
      </main>
    </AccessProvider>
  );
}
