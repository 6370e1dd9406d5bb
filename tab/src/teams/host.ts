import { app, authentication } from '@microsoft/teams-js';

/** Teams themes, as teams-js names them. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** Where the tab runs and what the host told us. */
export interface HostInfo {
  inTeams: boolean;
  theme: TeamsTheme;
  locale: string;
  /** Why we run standalone (shown in the dev banner). */
  reason?: string;
  /** The page a deep link asked for (Teams sub-entity id: `post:<id>`, `feed`...). */
  subPage?: string;
}

/** How long to wait for a Teams host before running standalone (teams-js itself waits 60 s). */
const HOST_TIMEOUT_MS = 4000;

/**
 * Could a Teams host be around us? Teams web and desktop frame the tab; mobile injects a native
 * interface; dialogs and auth windows have an opener. A top-level page with none of these is a
 * plain browser: we know at once, without waiting for teams-js.
 */
export function canBeInTeams(w: Window = window): boolean {
  return w.parent !== w.self || Boolean(w.opener) || 'nativeInterface' in w;
}

/** Standalone settings from the URL: `?theme=dark&locale=fr-FR` (also after the hash). */
export function urlOverrides(location: Pick<Location, 'search' | 'hash'> = window.location): {
  theme?: TeamsTheme;
  locale?: string;
  devUser?: string;
} {
  const params = new URLSearchParams(location.search);
  const hashQuery = location.hash.split('?')[1];
  if (hashQuery) new URLSearchParams(hashQuery).forEach((value, key) => params.set(key, value));
  const theme = params.get('theme');
  const locale = params.get('locale');
  const devUser = params.get('devUser');
  return {
    ...(theme === 'default' || theme === 'dark' || theme === 'contrast' ? { theme } : {}),
    ...(locale && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(locale) ? { locale } : {}),
    ...(devUser && /^[A-Za-z0-9_-]{1,64}$/.test(devUser) ? { devUser } : {}),
  };
}

function standalone(reason: string): HostInfo {
  const overrides = urlOverrides();
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return {
    inTeams: false,
    theme: overrides.theme ?? (prefersDark ? 'dark' : 'default'),
    locale: overrides.locale ?? navigator.language ?? 'en-US',
    reason,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the host in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let initialized = false;

/** Connects to Teams when it is there; otherwise resolves at once in standalone mode. */
export async function initHost(): Promise<HostInfo> {
  if (!canBeInTeams()) return standalone('not framed by a Teams host');
  try {
    await withTimeout(app.initialize(), HOST_TIMEOUT_MS);
    const context = await withTimeout(app.getContext(), HOST_TIMEOUT_MS);
    initialized = true;
    const theme = context.app.theme;
    return {
      inTeams: true,
      theme: theme === 'dark' || theme === 'contrast' ? theme : 'default',
      locale: context.app.locale || 'en-US',
      ...(context.page.subPageId ? { subPage: context.page.subPageId } : {}),
    };
  } catch (error) {
    return standalone(error instanceof Error ? error.message : 'Teams did not answer');
  }
}

/** Tells Teams the tab is ready (it shows its own loader until then, because of showLoadingIndicator). */
export function notifyReady(): void {
  if (initialized) void app.notifySuccess();
}

/** Calls `handler` whenever the Teams theme changes. */
export function onThemeChange(handler: (theme: TeamsTheme) => void): void {
  if (!initialized) return;
  app.registerOnThemeChangeHandler((theme) =>
    handler(theme === 'dark' || theme === 'contrast' ? theme : 'default'),
  );
}

/** The Teams locale now (Teams may change it while the tab stays loaded). */
export async function currentLocale(): Promise<string | undefined> {
  if (!initialized) return undefined;
  try {
    return (await withTimeout(app.getContext(), HOST_TIMEOUT_MS)).app.locale;
  } catch {
    return undefined; // keep the locale we have; the next visibility change tries again
  }
}

/**
 * A Teams SSO token for our API, or undefined outside Teams or when the app has no SSO configured
 * (the server then runs in dev mode and does not need one). Teams caches tokens; ask every time.
 */
export async function ssoToken(): Promise<string | undefined> {
  if (!initialized) return undefined;
  try {
    return await withTimeout(authentication.getAuthToken(), 10_000);
  } catch {
    return undefined; // the API answers 401 if it needed one, and the tab shows how to recover
  }
}

/** The tab address a deep link's sub-page stands for (`post:<id>` → `#/post/<id>`), if any. */
export function hashForSubPage(subPage: string | undefined): string | undefined {
  if (!subPage) return undefined;
  const [kind, id] = subPage.split(':', 2);
  if (kind === 'post' && id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) return `#/post/${id}`;
  if (kind === 'circle' && id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) return `#/circles/${id}`;
  if (kind === 'feed') return '#/feed';
  // The bot's badge and leaderboard cards open these.
  if (kind === 'progress') return '#/progress';
  if (kind === 'leaderboard') return '#/leaderboard';
  // Nudge cards' "Change what I get".
  if (kind === 'settings') return '#/settings';
  return undefined;
}
