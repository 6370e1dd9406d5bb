/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { builtTabDir } from '../../bot/src/paths';
import { isolatedContext, launchBrowser, SCREENSHOT_DIR } from './browser';
import { startTestApp, type TestApp } from './test-app';

/*
 * What the tab's end-to-end tests share: the server and Chromium around a file's tests, opening
 * the tab as a demo member, calling the API as one, and the checks they make of a page.
 */

/** The built tab's folder; throws when it is not built, so a file fails at once and says why. */
export function requireBuiltTab(): string {
  const tabDir = builtTabDir();
  if (!existsSync(join(tabDir, 'index.html'))) {
    throw new Error('The tab is not built: run "npm run build:tab" (npm test does it first).');
  }
  return tabDir;
}

/** A demo member's id (bot/src/seed/demo-community.ts): `member('a1')` is Camille. */
export const member = (n: string) => `c0ffee00-0000-4000-8000-0000000000${n}`;

/** Where a screenshot named `name` goes. */
export const shot = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);

/** Polls `read` until `accept` holds (or 5 s pass); returns the last value. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** A locator's text once it shows (and matches `pattern`, when given), or the last text after 5 s. */
export const textOf = (locator: Locator, pattern?: RegExp) =>
  eventually(
    () => locator.innerText().catch(() => ''),
    (text) => (pattern ? pattern.test(text) : text.length > 0),
  );

/** No serious or critical axe violations (Tabster's focus sentinels excluded: a known false positive). */
export async function expectAccessible(page: Page): Promise<void> {
  // A toast or the confetti moving has, for a moment, too little contrast: check the settled page.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running'),
    undefined,
    { timeout: 5000 },
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A toast's title (Fluent also copies its text into a live region, hence the class; the latest one). */
export const toast = (page: Page, text: string | RegExp) =>
  page.locator('.fui-ToastTitle').filter({ hasText: text }).last();

/** How far the screen's own content scrolls sideways (the shell's header is tested elsewhere). */
export const mainOverflow = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!;
    return main.scrollWidth - main.clientWidth;
  });

/** The browser a page opens in: its locale (en-US), size and preferences. */
export interface PageOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  reducedMotion?: boolean;
  /** Granted to the app's origin, e.g. the clipboard for "Copy link". */
  permissions?: string[];
}

/** How the tab opens: the page's options, and the Teams theme the tab is told (`default`). */
export interface OpenOptions extends Omit<PageOptions, 'colorScheme'> {
  theme?: 'default' | 'dark' | 'contrast';
}

/** A page in a context of its own, and the script errors it has thrown so far. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** The server and the browser around one describe block (its functions can be destructured). */
export interface TabSession {
  /** The running server (from the session's beforeAll on). */
  readonly app: TestApp;
  readonly browser: Browser;
  /** Opens the tab as `as` (a member id, dev mode) at `hash`, e.g. `#/circles`. */
  readonly open: (as: string, hash: string, options?: OpenOptions) => Promise<OpenedPage>;
  /** Opens `path` of the server (e.g. `/tab/?locale=fr-FR`) in a new isolated context. */
  readonly openPath: (path: string, options?: PageOptions) => Promise<OpenedPage>;
  /** Calls the API as `as`; throws with the status and body unless it answers 2xx. */
  readonly api: <T>(as: string, method: string, path: string, body?: unknown) => Promise<T>;
}

/**
 * Starts the server (with the built tab and the demo community) and Chromium before the enclosing
 * describe block's tests, and closes them after (closing the browser closes every context a
 * failed test left open). Call it first in the block: its beforeAll then runs before the file's.
 */
export function tabSession(options: Omit<Parameters<typeof startTestApp>[0], 'tabDir'> = {}): TabSession {
  const tabDir = requireBuiltTab();
  let app: TestApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    app = await startTestApp({ ...options, tabDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const started = () => {
    if (!app || !browser) throw new Error('The tab session is used before its beforeAll ran.');
    return { app, browser };
  };

  const openPath = async (path: string, options: PageOptions = {}): Promise<OpenedPage> => {
    const { app, browser } = started();
    const context = await isolatedContext(browser, app.baseUrl, {
      locale: options.locale ?? 'en-US',
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
      ...(options.width ? { width: options.width } : {}),
      ...(options.height ? { height: options.height } : {}),
    });
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: app.baseUrl });
    const page = await context.newPage();
    // Shorter than the test's own timeout, so a failure names the locator it waited for.
    page.setDefaultTimeout(20_000);
    if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.baseUrl}${path}`);
    return { context, page, errors };
  };

  return {
    get app() {
      return started().app;
    },
    get browser() {
      return started().browser;
    },
    openPath,
    open: (as, hash, { theme = 'default', ...options } = {}) => {
      const locale = options.locale ?? 'en-US';
      // The browser prefers what the tab is told, as a member's browser in dark mode would.
      return openPath(`/tab/?theme=${theme}&locale=${locale}&devUser=${as}${hash}`, {
        ...options,
        locale,
        colorScheme: theme === 'dark' ? 'dark' : 'light',
      });
    },
    api: async <T>(as: string, method: string, path: string, body?: unknown): Promise<T> => {
      const response = await started().app.fetch(path, {
        method,
        headers: { 'x-dev-user': as, 'content-type': 'application/json', accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
