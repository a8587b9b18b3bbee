import { useEffect, useState } from 'react';

/**
 * Every page of the app and its address, in one table: URL parsing and link building both derive from it, so
 * no component writes an address by hand. `:name` is a number, but `:token` (any URL-safe text); a trailing `?`
 * makes the last part optional.
 */
const ROUTES = {
  home: '/',
  people: '/people',
  programmes: '/programmes',
  'programme-new': '/programmes/new',
  'programme-edit': '/programmes/:id',
  'programme-matching': '/programmes/:id/matching',
  'programme-funnel': '/programmes/:id/funnel',
  'programme-outcomes': '/programmes/:id/outcomes',
  'programme-health': '/programmes/:id/health',
  'programme-report': '/programmes/:id/report',
  'programme-training': '/programmes/:id/training',
  'programme-enrolment': '/programmes/:id/enrolment',
  'programme-screening': '/programmes/:id/screening/:applicationId?',
  'my-screening': '/programmes/:id/my-screening',
  'programme-surveys': '/programmes/:id/surveys',
  'programme-sessions': '/programmes/:id/sessions',
  'programme-at-risk': '/programmes/:id/at-risk',
  'my-pairs': '/my-pairs',
  training: '/training',
  invitation: '/invitations/:token',
  screening: '/screening',
  'survey-form': '/surveys/:surveyId/pairs/:pairId',
  'my-feedback': '/my-feedback',
  calendar: '/calendar',
  pair: '/pairs/:id',
  'pair-session': '/pairs/:id/sessions/:occurrenceId',
} as const;

type Table = typeof ROUTES;
export type RouteName = keyof Table;

type Param<Name extends string> = Name extends `${infer Optional}?`
  ? { [K in Optional]?: number }
  : Name extends 'token'
    ? { token: string }
    : { [K in Name]: number };
type Params<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Param<Name> & Params<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Param<Name>
    : unknown;
type Flat<T> = { [K in keyof T]: T[K] };

/** A page and its parameters, e.g. `{ name: 'pair-session', id: 3, occurrenceId: 9 }`. */
export type Route = { [Name in RouteName]: Flat<{ name: Name } & Params<Table[Name]>> }[RouteName];

interface Matcher {
  name: RouteName;
  pattern: RegExp;
  params: { key: string; numeric: boolean }[];
}

const MATCHERS: Matcher[] = (Object.entries(ROUTES) as [RouteName, string][]).map(([name, path]) => {
  const params: Matcher['params'] = [];
  const source = path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (!part.startsWith(':')) return `/${part}`;
      const optional = part.endsWith('?');
      const key = part.slice(1, optional ? -1 : undefined);
      const numeric = key !== 'token';
      params.push({ key, numeric });
      const group = `/(${numeric ? '\\d+' : '[A-Za-z0-9_-]+'})`;
      return optional ? `(?:${group})?` : group;
    })
    .join('');
  return { name, pattern: new RegExp(`^${source || '/'}$`), params };
});

/** The page a location hash names; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  for (const { name, pattern, params } of MATCHERS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const route: Record<string, string | number> = { name };
    params.forEach(({ key, numeric }, index) => {
      const value = match[index + 1];
      if (value !== undefined) route[key] = numeric ? Number(value) : value;
    });
    return route as Route;
  }
  return { name: 'home' };
}

/** The link to a page. */
export function hrefFor(route: Route): string {
  const values = route as Record<string, string | number | undefined>;
  const path = ROUTES[route.name]
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (!part.startsWith(':')) return `/${part}`;
      const value = values[part.replace(/^:|\?$/g, '')];
      return value === undefined || value === '' || value === 0 ? '' : `/${value}`;
    })
    .join('');
  return `#${path || '/'}`;
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
