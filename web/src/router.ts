import { useEffect, useState } from 'react';

export type Route =
  | { name: 'people' }
  | { name: 'programmes' }
  | { name: 'programme-new' }
  | { name: 'programme-edit'; id: number }
  | { name: 'programme-matching'; id: number }
  | { name: 'my-pairs' }
  | { name: 'home' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/people') return { name: 'people' };
  if (path === '/programmes') return { name: 'programmes' };
  if (path === '/programmes/new') return { name: 'programme-new' };
  if (path === '/my-pairs') return { name: 'my-pairs' };
  const match = /^\/programmes\/(\d+)$/.exec(path);
  if (match?.[1]) return { name: 'programme-edit', id: Number(match[1]) };
  const matching = /^\/programmes\/(\d+)\/matching$/.exec(path);
  if (matching?.[1]) return { name: 'programme-matching', id: Number(matching[1]) };
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
    case 'my-pairs':
      return '#/my-pairs';
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
