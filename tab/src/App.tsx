import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import type { MeDto } from '../../contracts/schemas';
import { ApiPaths } from '../../contracts/routes';
import { createApiClient } from './api/client';
import { AppShell } from './components/AppShell/AppShell';
import { ErrorState, LoadingState } from './components/StateViews/StateViews';
import { RouteContext, useHashRoute, type Route } from './hooks/useHashRoute';
import { useResource } from './hooks/useResource';
import { SessionContext } from './hooks/useSession';
import { createI18n, I18nContext } from './i18n/i18n';
import {
  currentLocale,
  notifyReady,
  onThemeChange,
  ssoToken,
  urlOverrides,
  type HostInfo,
  type TeamsTheme,
} from './teams/host';

/** A lazy screen whose strings (the area dictionaries) arrive with its code. */
function screen<T extends ComponentType>(load: () => Promise<{ default: T }>) {
  return lazy(async () => (await Promise.all([load(), import('./i18n/area-messages')]))[0]);
}

// Home too: the shell boots first, and every screen (its strings included) follows in parallel.
const Home = screen(() => import('./scenes/Home/Home'));
const Feed = screen(() => import('./scenes/Feed/Feed'));
const PostPage = screen(() => import('./scenes/Post/PostPage'));
const Search = screen(() => import('./scenes/Search/Search'));
const Saved = screen(() => import('./scenes/Saved/Saved'));
const Circles = screen(() => import('./scenes/Circles/Circles'));
const CirclePage = screen(() => import('./scenes/Circle/CirclePage'));
const Moderation = screen(() => import('./scenes/Moderation/Moderation'));
const Editorial = screen(() => import('./scenes/Editorial/Editorial'));
const Quizzes = screen(() => import('./scenes/Quizzes/Quizzes'));
const Polls = screen(() => import('./scenes/Polls/Polls'));
const Deliveries = screen(() => import('./scenes/Deliveries/Deliveries'));
const Nudges = screen(() => import('./scenes/Nudges/Nudges'));
const Settings = screen(() => import('./scenes/Settings/Settings'));
const Events = screen(() => import('./scenes/Events/Events'));
const Progress = screen(() => import('./scenes/Progress/Progress'));
const Leaderboard = screen(() => import('./scenes/Leaderboard/Leaderboard'));
const Kudos = screen(() => import('./scenes/Kudos/Kudos'));
const Rewards = screen(() => import('./scenes/Rewards/Rewards'));
const GameAdmin = screen(() => import('./scenes/GameAdmin/GameAdmin'));

/** The screen of a route. Scenes read their id and query with useRoute(). */
function Scene({ route }: { route: Route }) {
  switch (route.section) {
    case 'home':
      return <Home />;
    case 'feed':
      return <Feed />;
    case 'post':
      return <PostPage />;
    case 'search':
      return <Search />;
    case 'saved':
      return <Saved />;
    case 'circles':
      return route.id ? <CirclePage /> : <Circles />;
    case 'moderation':
      return <Moderation />;
    case 'editorial':
      return <Editorial />;
    case 'quizzes':
      return <Quizzes />;
    case 'polls':
      return <Polls />;
    case 'deliveries':
      return <Deliveries />;
    case 'nudges':
      return <Nudges />;
    case 'settings':
      return <Settings />;
    case 'events':
      return <Events />;
    case 'progress':
      return <Progress />;
    case 'leaderboard':
      return <Leaderboard />;
    case 'kudos':
      return <Kudos />;
    case 'rewards':
      return <Rewards />;
    case 'game':
      return <GameAdmin />;
  }
}

const THEMES: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Follows the host's theme and locale live (Teams pushes theme changes; locale is re-read on return). */
function useLiveHost(initial: HostInfo): { theme: TeamsTheme; locale: string } {
  const [theme, setTheme] = useState(initial.theme);
  const [locale, setLocale] = useState(initial.locale);
  useEffect(() => {
    onThemeChange(setTheme);
    const handleVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void currentLocale().then((next) => next && setLocale(next));
    };
    // Standalone testing: `?theme=` and `?locale=` after the hash apply without a reload.
    const handleHash = () => {
      if (initial.inTeams) return;
      const overrides = urlOverrides();
      if (overrides.theme) setTheme(overrides.theme);
      if (overrides.locale) setLocale(overrides.locale);
    };
    document.addEventListener('visibilitychange', handleVisible);
    window.addEventListener('hashchange', handleHash);
    return () => {
      document.removeEventListener('visibilitychange', handleVisible);
      window.removeEventListener('hashchange', handleHash);
    };
  }, [initial.inTeams]);
  return { theme, locale };
}

/** The tab: theme and language from Teams, the signed-in member, then the current section. */
export function App({ host }: { host: HostInfo }) {
  const { theme, locale } = useLiveHost(host);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const [route, navigate] = useHashRoute();
  const api = useMemo(
    () =>
      createApiClient({ token: ssoToken, devUser: urlOverrides().devUser, language: () => i18n.locale }, () =>
        i18n.t('state.offline'),
      ),
    [i18n],
  );
  const me = useResource<MeDto>('me', (signal) => api.get(ApiPaths.me, signal));
  const loaded = me.status !== 'loading';
  useEffect(() => {
    // Teams keeps its own loader until we say the first meaningful screen (or its error) is up.
    if (loaded) notifyReady();
  }, [loaded]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  let content;
  if (me.status === 'loading') content = <LoadingState label={i18n.t('app.loading')} />;
  else if (me.status === 'error') content = <ErrorState error={me.error} onRetry={me.reload} />;
  else {
    content = (
      <SessionContext.Provider value={{ api, host, me: me.data, reloadMe: me.reload }}>
        <RouteContext.Provider value={{ route, navigate }}>
          <AppShell section={route.section} onNavigate={navigate}>
            <Suspense fallback={<LoadingState />}>
              <Scene route={route} />
            </Suspense>
          </AppShell>
        </RouteContext.Provider>
      </SessionContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={THEMES[theme]} style={{ height: '100%' }} data-theme={theme}>
        {content}
      </FluentProvider>
    </I18nContext.Provider>
  );
}
