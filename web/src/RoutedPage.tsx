import { useState } from 'react';
import type { Route } from './shared/routes';
import { navigate } from './shared/routes';
import { useAccess } from './shared/access';
import { Refusal } from './shared/ui/Refusal';
import { PeopleDirectory } from './features/directory/PeopleDirectory';
import { ProgrammeList } from './features/programmes/ProgrammeList';
import { ProgrammeForm } from './features/programmes/ProgrammeForm';
import { MatchingBoard } from './features/matching/MatchingBoard';
import { MyPairsPage } from './features/matching/MyPairsPage';
import { FunnelLink, FunnelPage } from './features/reporting/funnel/FunnelPage';
import { OutcomesLink, OutcomesPage } from './features/reporting/outcomes/OutcomesPage';
import { HealthDashboard, HealthLink } from './features/reporting/health/HealthDashboard';
import { ProgrammeReportPage } from './features/reporting/outcomes/ProgrammeReportPage';
import { MyTrainingPage } from './features/training/MyTrainingPage';
import { TrainingAdminPage } from './features/training/TrainingAdminPage';
import { TrainingIndexPage } from './features/training/TrainingIndexPage';
import { ScreeningHome } from './features/screening/ScreeningHome';
import { ScreeningPage } from './features/screening/ScreeningPage';
import { MyScreeningPage } from './features/screening/MyScreeningPage';
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
import { PageHeading } from './shared/ui/PageHeading';

/** A page the signed-in app shows at a route other than home (home is resolved by the caller). */
export type PageRoute = Exclude<Route, { name: 'home' } | { name: 'invitation' }>;

/**
 * The page for a route, and who may see it: the one place the UI gates pages by role (the API still refuses
 * whatever a role may not do). A refused page keeps its heading and says who may use it.
 */
export function RoutedPage({ route }: { route: PageRoute }) {
  const { isAdmin, isParticipant, readsProgrammeFigures, participatesIn } = useAccess();
  const [flash, setFlash] = useState<string | null>(null);

  let content;
  switch (route.name) {
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
        <Refusal heading="New programme" message="Only administrators can create programmes." />
      );
      break;
    case 'programme-edit':
      content = (
        <>
        <ProgrammeForm
          key={route.id}
          programmeId={route.id}
          canEdit={isAdmin}
          matchingLinkLabel={
            isAdmin ? 'Matching board' : participatesIn(route.id) ? 'My pairs' : undefined
          }
          enrolmentLinkLabel={
            isAdmin
              ? 'Enrolment: invitations and applications'
              : participatesIn(route.id)
                ? 'My application and steps'
                : undefined
          }
        />
        {readsProgrammeFigures && <FunnelLink programmeId={route.id} />}
        {readsProgrammeFigures && <OutcomesLink programmeId={route.id} />}
        {readsProgrammeFigures && <SurveysLink programmeId={route.id} />}
        {readsProgrammeFigures && <HealthLink programmeId={route.id} />}
        {isAdmin && <SessionPolicyLink programmeId={route.id} />}
        {readsProgrammeFigures && <AtRiskLink programmeId={route.id} />}
        </>
      );
      break;
    case 'programme-funnel':
      content =
        readsProgrammeFigures ? (
          <FunnelPage key={route.id} programmeId={route.id} />
        ) : (
          <Refusal heading="Enrolment funnel" message="Only administrators and sponsors can see a programme's funnel." />
        );
      break;
    case 'programme-at-risk':
      content =
        readsProgrammeFigures ? (
          <AtRiskPage key={route.id} programmeId={route.id} />
        ) : (
          <Refusal heading="Pairs at risk" message="Only administrators and sponsors can see a programme's pairs at risk." />
        );
      break;
    case 'programme-health':
      content =
        readsProgrammeFigures ? (
          <HealthDashboard key={route.id} programmeId={route.id} isAdmin={isAdmin} />
        ) : (
          <Refusal heading="Programme health" message="Only administrators and the programme's sponsors can see its health." />
        );
      break;
    case 'programme-outcomes':
    case 'programme-report':
      if (readsProgrammeFigures) {
        content =
          route.name === 'programme-outcomes' ? (
            <OutcomesPage key={route.id} programmeId={route.id} />
          ) : (
            <ProgrammeReportPage key={route.id} programmeId={route.id} />
          );
      } else {
        content = (
          <Refusal heading="Outcomes" message="Only administrators and sponsors can see a programme's outcomes." />
        );
      }
      break;
    case 'programme-matching':
      if (isAdmin) {
        content = <MatchingBoard key={route.id} programmeId={route.id} />;
      } else if (isParticipant) {
        content = <MyPairsPage key={route.id} programmeId={route.id} />;
      } else {
        content = (
          <Refusal heading="Matching" message="Only administrators can see the matching board." />
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
          key={`${route.id}-${route.applicationId ?? ''}`}
          programmeId={route.id}
          applicationId={route.applicationId}
          isAdmin={isAdmin}
        />
      );
      break;
    case 'my-screening':
      content = <MyScreeningPage key={route.id} programmeId={route.id} />;
      break;
    case 'programme-enrolment':
      if (isAdmin) {
        content = <EnrolmentAdminPage key={route.id} programmeId={route.id} />;
      } else if (participatesIn(route.id)) {
        content = <MyEnrolmentPage key={route.id} programmeId={route.id} />;
      } else {
        content = (
          <Refusal heading="Enrolment" message="Only administrators and the programme's participants can see its enrolment." />
        );
      }
      break;
    case 'programme-surveys':
      content =
        readsProgrammeFigures ? (
          <SurveysAdminPage key={route.id} programmeId={route.id} canEdit={isAdmin} />
        ) : (
          <Refusal heading="Surveys" message="Only administrators and sponsors can see a programme's surveys and results." />
        );
      break;
    case 'survey-form':
      content = <SurveyFormPage key={`${route.surveyId}-${route.pairId}`} surveyId={route.surveyId} pairId={route.pairId} />;
      break;
    case 'pair':
      content = <PairPage key={route.id} pairId={route.id} />;
      break;
    case 'pair-session':
      content = <SessionPage key={`${route.id}-${route.occurrenceId}`} pairId={route.id} occurrenceId={route.occurrenceId} />;
      break;
    case 'programme-sessions':
      content = isAdmin ? (
        <SessionPolicyPage key={route.id} programmeId={route.id} />
      ) : (
        <Refusal heading="Session policy" message="Only administrators can change a programme's session policy." />
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
        content = <TrainingAdminPage key={route.id} programmeId={route.id} />;
      } else if (isParticipant) {
        content = <MyTrainingPage key={route.id} programmeId={route.id} />;
      } else {
        content = <TrainingIndexPage />;
      }
      break;
  }

  return content;
}
