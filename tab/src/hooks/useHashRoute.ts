import { useCallback, useEffect, useState } from 'react';

/** The sections of the tab; each is a hash route (`#/feed`), so Teams deep links and reloads keep it. */
export const ROUTES = ['home', 'feed', 'circles', 'events', 'badges'] as const;
export type RouteId = (typeof ROUTES)[number];

/** Reads `#/circles?x=y` as `circles`; unknown or empty hashes are home. */
export function routeOf(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(id) ? (id as RouteId) : 'home';
}

/** The current route and a way to move, following the browser's back and forward buttons. */
export function useHashRoute(): [RouteId, (route: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => routeOf(window.location.hash));
  useEffect(() => {
    const handleHashChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, []);
  const navigate = useCallback((next: RouteId) => {
    const query = window.location.hash.split('?')[1];
    window.location.hash = `#/${next}${query ? `?${query}` : ''}`;
  }, []);
  return [route, navigate];
}
