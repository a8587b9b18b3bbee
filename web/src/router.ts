import { useEffect, useState } from 'react';

export type Route =
  | { name: 'people' }
  | { name: 'programmes' }
  | { name: 'programme-new' }
  | { name: 'programme-edit'; id: number }
  | { name: 'programme-matching'; id: number }
  | { name: 'programme-funnel'; id: number }
  | { name: 'programme-outcomes'; id: number }
  | { name: 'programme-health'; id: number }
  | { name: 'programme-report'; id: number }
  | { name: 'my-pairs' }
  | { name: 'training' }
  | { name: 'programme-training'; id: number }
  | { name: 'programme-enrolment'; id: number }
  | { name: 'invitation'; token: string }
  | { name: 'screening' }
  | { name: 'programme-screening'; id: number; applicationId?: number }
  | { name: 'my-screening'; id: number }
  | { name: 'programme-surveys'; id: number }
  | { name: 'survey-form'; surveyId: number; pairId: number }
  | { name: 'my-feedback' }
  | { name: 'calendar' }
  | { name: 'pair'; id: number }
  | { name: 'pair-session'; id: number; occurrenceId: number }
  | { name: 'programme-sessions'; id: number }
  | { name: 'programme-at-risk'; id: number }
  | { name: 'home' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/people') return { name: 'people' };
  if (path === '/programmes') return { name: 'programmes' };
  if (path === '/programmes/new') return { name: 'programme-new' };
  if (path === '/my-pairs') return { name: 'my-pairs' };
  if (path === '/calendar') return { name: 'calendar' };
  if (path === '/screening') return { name: 'screening' };
  const screening = /^\/programmes\/(\d+)\/screening(?:\/(\d+))?$/.exec(path);
  if (screening?.[1]) {
    const id = Number(screening[1]);
    return screening[2] ? { name: 'programme-screening', id, applicationId: Number(screening[2]) } : { name: 'programme-screening', id };
  }
  const myScreening = /^\/programmes\/(\d+)\/my-screening$/.exec(path);
  if (myScreening?.[1]) return { name: 'my-screening', id: Number(myScreening[1]) };
  if (path === '/training') return { name: 'training' };
  const enrolment = /^\/programmes\/(\d+)\/enrolment$/.exec(path);
  if (enrolment?.[1]) return { name: 'programme-enrolment', id: Number(enrolment[1]) };
  const invitation = /^\/invitations\/([A-Za-z0-9_-]+)$/.exec(path);
  if (invitation?.[1]) return { name: 'invitation', token: invitation[1] };
  const training = /^\/programmes\/(\d+)\/training$/.exec(path);
  if (training?.[1]) return { name: 'programme-training', id: Number(training[1]) };
  const pairSession = /^\/pairs\/(\d+)\/sessions\/(\d+)$/.exec(path);
  if (pairSession?.[1] && pairSession[2]) return { name: 'pair-session', id: Number(pairSession[1]), occurrenceId: Number(pairSession[2]) };
  const pair = /^\/pairs\/(\d+)$/.exec(path);
  if (pair?.[1]) return { name: 'pair', id: Number(pair[1]) };
  const atRisk = /^\/programmes\/(\d+)\/at-risk$/.exec(path);
  if (atRisk?.[1]) return { name: 'programme-at-risk', id: Number(atRisk[1]) };
  const programmeSessions = /^\/programmes\/(\d+)\/sessions$/.exec(path);
  if (programmeSessions?.[1]) return { name: 'programme-sessions', id: Number(programmeSessions[1]) };
  const match = /^\/programmes\/(\d+)$/.exec(path);
  if (match?.[1]) return { name: 'programme-edit', id: Number(match[1]) };
  const health = /^\/programmes\/(\d+)\/health$/.exec(path);
  if (health?.[1]) return { name: 'programme-health', id: Number(health[1]) };
  const outcomes = /^\/programmes\/(\d+)\/outcomes$/.exec(path);
  if (outcomes?.[1]) return { name: 'programme-outcomes', id: Number(outcomes[1]) };
  const report = /^\/programmes\/(\d+)\/report$/.exec(path);
  if (report?.[1]) return { name: 'programme-report', id: Number(report[1]) };
  const funnel = /^\/programmes\/(\d+)\/funnel$/.exec(path);
  if (funnel?.[1]) return { name: 'programme-funnel', id: Number(funnel[1]) };
  const matching = /^\/programmes\/(\d+)\/matching$/.exec(path);
  if (matching?.[1]) return { name: 'programme-matching', id: Number(matching[1]) };
  const surveys = /^\/programmes\/(\d+)\/surveys$/.exec(path);
  if (surveys?.[1]) return { name: 'programme-surveys', id: Number(surveys[1]) };
  const surveyForm = /^\/surveys\/(\d+)\/pairs\/(\d+)$/.exec(path);
  if (surveyForm?.[1] && surveyForm[2]) return { name: 'survey-form', surveyId: Number(surveyForm[1]), pairId: Number(surveyForm[2]) };
  if (path === '/my-feedback') return { name: 'my-feedback' };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'people':
      return '#/people';
    case 'programmes':
      return '#/programmes';
    case 'programme-new':
      return '#/programmes/new';
    case 'programme-edit':
      return `#/programmes/${route.id}`;
    case 'programme-matching':
      return `#/programmes/${route.id}/matching`;
    case 'programme-funnel':
      return `#/programmes/${route.id}/funnel`;
    case 'programme-outcomes':
      return `#/programmes/${route.id}/outcomes`;
    case 'programme-health':
      return `#/programmes/${route.id}/health`;
    case 'programme-report':
      return `#/programmes/${route.id}/report`;
    case 'my-pairs':
      return '#/my-pairs';
    case 'training':
      return '#/training';
    case 'programme-training':
      return `#/programmes/${route.id}/training`;
    case 'programme-enrolment':
      return `#/programmes/${route.id}/enrolment`;
    case 'invitation':
      return `#/invitations/${route.token}`;
    case 'screening':
      return '#/screening';
    case 'programme-screening':
      return `#/programmes/${route.id}/screening${route.applicationId ? `/${route.applicationId}` : ''}`;
    case 'my-screening':
      return `#/programmes/${route.id}/my-screening`;
    case 'programme-surveys':
      return `#/programmes/${route.id}/surveys`;
    case 'survey-form':
      return `#/surveys/${route.surveyId}/pairs/${route.pairId}`;
    case 'my-feedback':
      return '#/my-feedback';
    case 'calendar':
      return '#/calendar';
    case 'pair':
      return `#/pairs/${route.id}`;
    case 'pair-session':
      return `#/pairs/${route.id}/sessions/${route.occurrenceId}`;
    case 'programme-sessions':
      return `#/programmes/${route.id}/sessions`;
    case 'programme-at-risk':
      return `#/programmes/${route.id}/at-risk`;
    case 'home':
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** The current route, following changes to the location hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
