import { useEffect, useState } from 'react';

export type Route =
  | { name: 'people' }
  | { name: 'programmes' }
  | { name: 'programme-new' }
  | { name: 'programme-edit'; id: number }
  | { name: 'home' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/people') return { name: 'people' };
  if (path === '/programmes') return { name: 'programmes' };
  if (path === '/programmes/new') return { name: 'programme-new' };
  const match = /^\/programmes\/(\d+)$/.exec(path);
  if (match?.[1]) return { name: 'programme-edit', id: Number(match[1]) };
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
