import { useCallback, useEffect, useState } from 'react';
import { onUnauthorized, rememberCsrfToken, ApiError, errorMessage } from './api/client';
import { identityApi } from './features/identity/identityApi';
import { navigate, useRoute } from './shared/routes';
import type { Me } from './features/identity/types';
import { AccessProvider, accessFor } from './shared/access';
import { RoutedPage } from './RoutedPage';
import { SignInPage } from './features/identity/SignInPage';
import { AppHeader } from './features/identity/AppHeader';
import { InvitationPage } from './features/enrolment/InvitationPage';

type Session = { state: 'loading' } | { state: 'signed-out'; notice?: string } | { state: 'signed-in'; me: Me };

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const route = useRoute();

  const loadMe = useCallback(async () => {
    try {
      const me = await identityApi.me();
      rememberCsrfToken(me.csrf_token);
      setLoadError(null);
      setSession({ state: 'signed-in', me });
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setSession({ state: 'signed-out' });
      } else {
        setLoadError(errorMessage(error));
        setSession({ state: 'signed-out' });
      }
      return null;
    }
  }, []);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  useEffect(() => {
    onUnauthorized(() => {
      rememberCsrfToken(null);
      setSession({ state: 'signed-out', notice: 'Your session has ended. Please sign in again.' });
    });
    return () => onUnauthorized(null);
  }, []);

  const handleSignedIn = useCallback(async () => {
    const me = await loadMe();
    if (me && (route.name === 'home' || (route.name === 'people' && !accessFor(me).isAdmin))) {
      navigate(accessFor(me).isAdmin ? { name: 'people' } : { name: 'programmes' });
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
  }, []);

  if (session.state === 'loading') {
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
    return <SignInPage onSignedIn={handleSignedIn} notice={session.notice ?? loadError ?? undefined} />;
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
