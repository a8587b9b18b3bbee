import { useCallback, useEffect, useState } from 'react';
import { onUnauthorized, rememberCsrfToken, ApiError, errorMessage } from './api/client';
import { identityApi } from './features/identity/identityApi';
import { navigate, useRoute } from './shared/routes';
import type { Me } from './features/identity/types';
import { AccessProvider, accessFor } from './shared/access';
import { SignInPage } from './features/identity/SignInPage';
import { AppHeader } from './features/identity/AppHeader';
import { PeopleDirectory } from './features/directory/PeopleDirectory';
import { ProgrammeList } from './features/programmes/ProgrammeList';
import { ProgrammeForm } from './features/programmes/ProgrammeForm';
import { PageHeading } from './shared/ui/PageHeading';
import { MatchingBoard } from './features/matching/MatchingBoard';
import { MyPairsPage } from './features/matching/MyPairsPage';
import { FunnelLink, FunnelPage } from './features/reporting/funnel/FunnelPage';
import { OutcomesLink, OutcomesPage } from './features/reporting/outcomes/OutcomesPage';
import { HealthDashboard, HealthLink } from './features/reporting/health/HealthDashboard';
import { ProgrammeReportPage } from './features/reporting/outcomes/ProgrammeReportPage';
import { MyTrainingPage } from './features/training/MyTrainingPage';
import { TrainingAdminPage } from './features/training/TrainingAdminPage';
import { TrainingIndexPage } from './features/training/TrainingIndexPage';
import { StatusMessage } from './shared/ui/StatusMessage';
import { ScreeningHome } from './features/screening/ScreeningHome';
import { ScreeningPage } from './features/screening/ScreeningPage';
import { MyScreeningPage } from './features/screening/MyScreeningPage';
import { InvitationPage } from './features/enrolment/InvitationPage';
import { EnrolmentAdminPage } from './features/enrolment/EnrolmentAdminPage';
import { MyEnrolmentPage } from './features/enrolment/MyEnrolmentPage';
import { SurveysAdminPage, SurveysLink } from './features/feedback/SurveysAdminPage';
import { SurveyFormPage } from './features/feedback/SurveyFormPage';
import { MyFeedbackPage } from './features/feedback/MyFeedbackPage';
import { PairPage } from './features/sessions/PairPage';
import { SessionPage } from './features/sessions/SessionPage';
import { SessionPolicyLink, SessionPolicyPage } from './features/sessions/SessionPolicyPage';
import { AtRiskLink, AtRiskPage } from './features/reporting/at-risk/AtRiskPage';
import { CalendarSettingsPage } from './features/calendar/CalendarSettingsPage';

type Session = { state: 'loading' } | { state: 'signed-out'; notice?: string } | { state: 'signed-in'; me: Me };

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
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
    setFlash(null);
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
  const access = accessFor(me);
  const { isAdmin, readsProgrammeFigures, participatesIn } = access;
  const effective = route.name === 'home' ? (isAdmin ? { name: 'people' as const } : { name: 'programmes' as const }) : route;

  let content;
  switch (effective.name) {
    case 'people':
      content = isAdmin ? (
        <PeopleDirectory />
      ) : (
        <>
          <PageHeading>People</PageHeading>
          <p role="alert" className="message message-error">
            Only administrators can view the people directory.
          </p>
        </>
      );
      break;
    case 'programmes':
      content = <ProgrammeList canEdit={isAdmin} flash={flash} onFlashShown={() => setFlash(null)} />;
      break;
    case 'programme-new':
      content = isAdmin ? (
        <ProgrammeForm
          key="new"
          programmeId={null}
          canEdit
          onCreated={(p) => {
            setFlash(`Programme “${p.name}” created.`);
            navigate({ name: 'programmes' });
          }}
        />
      ) : (
        <>
          <PageHeading>New programme</PageHeading>
          <StatusMessage kind="error" message="Only administrators can create programmes." />
        </>
      );
      break;
    case 'programme-edit':
      content = (
        <>
        <ProgrammeForm
          key={effective.id}
          programmeId={effective.id}
          canEdit={isAdmin}
          matchingLinkLabel={
            isAdmin ? 'Matching board' : participatesIn(effective.id) ? 'My pairs' : undefined
          }
          enrolmentLinkLabel={
            isAdmin
              ? 'Enrolment: invitations and applications'
              : participatesIn(effective.id)
                ? 'My application and steps'
                : undefined
          }
        />
        {readsProgrammeFigures && <FunnelLink programmeId={effective.id} />}
        {readsProgrammeFigures && <OutcomesLink programmeId={effective.id} />}
        {readsProgrammeFigures && <SurveysLink programmeId={effective.id} />}
        {readsProgrammeFigures && <HealthLink programmeId={effective.id} />}
        {isAdmin && <SessionPolicyLink programmeId={effective.id} />}
        {readsProgrammeFigures && <AtRiskLink programmeId={effective.id} />}
        </>
      );
      break;
    case 'programme-funnel':
      content =
        readsProgrammeFigures ? (
          <FunnelPage key={effective.id} programmeId={effective.id} />
        ) : (
          <>
            <PageHeading>Enrolment funnel</PageHeading>
            <StatusMessage kind="error" message="Only administrators and sponsors can see a programme's funnel." />
          </>
        );
      break;
    case 'programme-at-risk':
      content =
        readsProgrammeFigures ? (
          <AtRiskPage key={effective.id} programmeId={effective.id} />
        ) : (
          <>
            <PageHeading>Pairs at risk</PageHeading>
            <StatusMessage kind="error" message="Only administrators and sponsors can see a programme's pairs at risk." />
          </>
        );
      break;
    case 'programme-health':
      content =
        readsProgrammeFigures ? (
          <HealthDashboard key={effective.id} programmeId={effective.id} isAdmin={isAdmin} />
        ) : (
          <>
            <PageHeading>Programme health</PageHeading>
            <StatusMessage kind="error" message="Only administrators and the programme's sponsors can see its health." />
          </>
        );
      break;
    case 'programme-outcomes':
    case 'programme-report':
      if (readsProgrammeFigures) {
        content =
          effective.name === 'programme-outcomes' ? (
            <OutcomesPage key={effective.id} programmeId={effective.id} />
          ) : (
            <ProgrammeReportPage key={effective.id} programmeId={effective.id} />
          );
      } else {
        content = (
          <>
            <PageHeading>Outcomes</PageHeading>
            <StatusMessage kind="error" message="Only administrators and sponsors can see a programme's outcomes." />
          </>
        );
      }
      break;
    case 'programme-matching':
      if (isAdmin) {
        content = <MatchingBoard key={effective.id} programmeId={effective.id} />;
      } else if (access.isParticipant) {
        content = <MyPairsPage key={effective.id} programmeId={effective.id} />;
      } else {
        content = (
          <>
            <PageHeading>Matching</PageHeading>
            <StatusMessage kind="error" message="Only administrators can see the matching board." />
          </>
        );
      }
      break;
    case 'my-pairs':
      content = <MyPairsPage />;
      break;
    // Screening: admins and named reviewers (the API refuses everyone else, and the pages say so).
    case 'screening':
      content = <ScreeningHome />;
      break;
    case 'programme-screening':
      content = (
        <ScreeningPage
          key={`${effective.id}-${effective.applicationId ?? ''}`}
          programmeId={effective.id}
          applicationId={effective.applicationId}
          isAdmin={isAdmin}
        />
      );
      break;
    case 'my-screening':
      content = <MyScreeningPage key={effective.id} programmeId={effective.id} />;
      break;
    case 'programme-enrolment':
      if (isAdmin) {
        content = <EnrolmentAdminPage key={effective.id} programmeId={effective.id} />;
      } else if (participatesIn(effective.id)) {
        content = <MyEnrolmentPage key={effective.id} programmeId={effective.id} />;
      } else {
        content = (
          <>
            <PageHeading>Enrolment</PageHeading>
            <StatusMessage kind="error" message="Only administrators and the programme's participants can see its enrolment." />
          </>
        );
      }
      break;
    case 'programme-surveys':
      content =
        readsProgrammeFigures ? (
          <SurveysAdminPage key={effective.id} programmeId={effective.id} canEdit={isAdmin} />
        ) : (
          <>
            <PageHeading>Surveys</PageHeading>
            <StatusMessage kind="error" message="Only administrators and sponsors can see a programme's surveys and results." />
          </>
        );
      break;
    case 'survey-form':
      content = <SurveyFormPage key={`${effective.surveyId}-${effective.pairId}`} surveyId={effective.surveyId} pairId={effective.pairId} />;
      break;
    case 'pair':
      content = <PairPage key={effective.id} pairId={effective.id} />;
      break;
    case 'pair-session':
      content = <SessionPage key={`${effective.id}-${effective.occurrenceId}`} pairId={effective.id} occurrenceId={effective.occurrenceId} />;
      break;
    case 'programme-sessions':
      content = isAdmin ? (
        <SessionPolicyPage key={effective.id} programmeId={effective.id} />
      ) : (
        <>
          <PageHeading>Session policy</PageHeading>
          <StatusMessage kind="error" message="Only administrators can change a programme's session policy." />
        </>
      );
      break;
    case 'my-feedback':
      content = <MyFeedbackPage />;
      break;
    case 'calendar':
      content = <CalendarSettingsPage />;
      break;
    case 'training':
      content = <TrainingIndexPage />;
      break;
    case 'programme-training':
      if (isAdmin) {
        content = <TrainingAdminPage key={effective.id} programmeId={effective.id} />;
      } else if (access.isParticipant) {
        content = <MyTrainingPage key={effective.id} programmeId={effective.id} />;
      } else {
        content = <TrainingIndexPage />;
      }
      break;
  }

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
