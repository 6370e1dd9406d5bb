import { createContext, useCallback, useContext, useEffect, useState } from 'react';

/** The sections of the tab; each is a hash route (`#/feed`, `#/post/<id>`), so deep links and reloads keep it. */
export const SECTIONS = [
  'home',
  'feed',
  'post',
  'search',
  'saved',
  'circles',
  'moderation',
  'editorial',
  'quizzes',
  'polls',
  'deliveries',
  'nudges',
  'settings',
  'events',
  'progress',
  'leaderboard',
  'kudos',
  'rewards',
  'game',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Where the tab is: a section, an optional id (`#/circles/<id>`), and query parameters. */
export interface Route {
  section: Section;
  id: string | undefined;
  query: URLSearchParams;
}

/** Older addresses that still work: `#/badges` was the progress page's. */
const ALIASES = new Map<string, Section>([['badges', 'progress']]);

/** Reads `#/circles/abc?x=y`; unknown or empty hashes are home. */
export function routeOf(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', second] = path.split('/');
  const section = (SECTIONS as readonly string[]).includes(first)
    ? (first as Section)
    : (ALIASES.get(first) ?? 'home');
  return { section, id: second ? decodeURIComponent(second) : undefined, query: new URLSearchParams(search) };
}

/** Builds a hash for a route: `hrefOf('post', id)` → `#/post/<id>`. */
export function hrefOf(section: Section, id?: string, query?: Record<string, string>): string {
  const qs = query ? new URLSearchParams(query).toString() : '';
  return `#/${section}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}

/** The current route and a way to move, following the browser's back and forward buttons. */
export function useHashRoute(): [Route, (hash: string) => void] {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  useEffect(() => {
    const handleHashChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, []);
  const navigate = useCallback((hash: string) => {
    // Standalone testing parameters (theme, locale, devUser) ride along after the hash.
    const keep = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
    const [path = '', search = ''] = hash.split('?');
    const next = new URLSearchParams(search);
    for (const key of ['theme', 'locale', 'devUser']) {
      const value = keep.get(key);
      if (value && !next.has(key)) next.set(key, value);
    }
    const qs = next.toString();
    window.location.hash = `${path}${qs ? `?${qs}` : ''}`;
  }, []);
  return [route, navigate];
}

/** The current route, for scenes (`useRoute().route.id` on `#/post/<id>`), and navigation. */
export const RouteContext = createContext<{ route: Route; navigate: (hash: string) => void }>({
  route: routeOf(''),
  navigate: () => undefined,
});

/** The current route and `navigate(hash)`. */
export function useRoute() {
  return useContext(RouteContext);
}
