import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { MeDto } from '../../contracts/schemas';
import { ApiPaths } from '../../contracts/routes';
import { createApiClient } from './api/client';
import { AppShell } from './components/AppShell/AppShell';
import { ErrorState, LoadingState } from './components/StateViews/StateViews';
import { useHashRoute } from './hooks/useHashRoute';
import { useResource } from './hooks/useResource';
import { SessionContext } from './hooks/useSession';
import { createI18n, I18nContext } from './i18n/i18n';
import Home from './scenes/Home/Home';
import {
  currentLocale,
  notifyReady,
  onThemeChange,
  ssoToken,
  urlOverrides,
  type HostInfo,
  type TeamsTheme,
} from './teams/host';

const Feed = lazy(() => import('./scenes/Feed/Feed'));
const Circles = lazy(() => import('./scenes/Circles/Circles'));
const Events = lazy(() => import('./scenes/Events/Events'));
const Badges = lazy(() => import('./scenes/Badges/Badges'));

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
      <SessionContext.Provider value={{ api, host, me: me.data }}>
        <AppShell route={route} onNavigate={navigate}>
          <Suspense fallback={<LoadingState />}>
            {route === 'home' ? <Home /> : null}
            {route === 'feed' ? <Feed /> : null}
            {route === 'circles' ? <Circles /> : null}
            {route === 'events' ? <Events /> : null}
            {route === 'badges' ? <Badges /> : null}
          </Suspense>
        </AppShell>
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
