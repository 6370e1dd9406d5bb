/// <reference lib="dom" />
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { DEMO_TENANT } from '../support/activities';
import { isolatedContext, launchBrowser } from '../support/browser';
import {
  eventually,
  expectAccessible,
  requireBuiltTab,
  shot,
  tabSession,
  type PageOptions,
} from '../support/e2e';
import { LocalIdentityProvider } from '../support/local-identity-provider';
import { mockTeamsHostHtml } from '../support/mock-teams-host';
import { startTestApp, type TestApp } from '../support/test-app';

/** The background colour the Fluent provider paints, e.g. rgb(255, 255, 255). */
const background = (target: Page | Frame) =>
  target
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

describe('The tab in Chromium, standalone (dev mode)', () => {
  const session = tabSession();
  /** Opens the tab with `query` (theme, locale…), as the default dev user. */
  const open = (query: string, options: PageOptions = {}) => session.openPath(`/tab/${query}`, options);

  it('renders the charter in English and light theme', async () => {
    const { context, page, errors } = await open('?theme=default&locale=en-US');
    await expect(page.getByTestId('charter-purpose').textContent()).resolves.toMatch(/^We help everyone/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Data & AI community');
    await expect(page.getByTestId('signed-in-member').textContent()).resolves.toMatch(
      /Welcome, Camille Durand/,
    );
    await expect(page.getByRole('heading', { name: 'What we value' }).isVisible()).resolves.toBe(true);
    await expect(background(page)).resolves.toBe('rgb(255, 255, 255)');
    await expect(page.evaluate(() => document.documentElement.dataset['host'])).resolves.toBe('standalone');
    await page.screenshot({ path: shot('tab-standalone-light-en'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders the charter in French and dark theme', async () => {
    const { context, page, errors } = await open('?theme=dark&locale=fr-FR', { locale: 'fr-FR' });
    await expect(page.getByTestId('charter-purpose').textContent()).resolves.toMatch(/^Nous aidons/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Communauté Data & IA');
    await expect(page.getByRole('tab', { name: 'Cercles' }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    const dark = await background(page);
    expect(dark).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: shot('tab-standalone-dark-fr'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads a section lazily when its tab is chosen, and keeps it in the address', async () => {
    const { context, page } = await open('?locale=en-US');
    await page.getByTestId('charter-purpose').waitFor();
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await scripts()).some((name) => /\/assets\/Events-/.test(name))).toBe(false);
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.getByRole('heading', { name: 'Events are on their way' }).waitFor();
    expect((await scripts()).some((name) => /\/assets\/Events-/.test(name))).toBe(true);
    expect(new URL(page.url()).hash).toMatch(/^#\/events/);
    await page.reload();
    await page.getByRole('heading', { name: 'Events are on their way' }).waitFor();
    await context.close();
  });

  it('shows the API’s error in the reader’s language, then recovers with "Try again"', async () => {
    const context = await isolatedContext(session.browser, session.app.baseUrl, { locale: 'fr-FR' });
    const page = await context.newPage();
    let failing = true;
    await page.route(`${session.app.baseUrl}/api/v1/community`, async (route) => {
      if (!failing) return route.fallback();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'SERVER.UNAVAILABLE',
            message: 'Guildhall est occupé ou redémarre.',
            requestId: 'req-1',
          },
        }),
      });
    });
    await page.goto(`${session.app.baseUrl}/tab/?locale=fr-FR`);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/Guildhall est occupé ou redémarre\./);
    await page.screenshot({ path: shot('tab-error-fr'), fullPage: true });
    failing = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByTestId('charter-purpose').textContent()).resolves.toMatch(/^Nous aidons/);
    await context.close();
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    const { context, page } = await open('?theme=default&locale=fr-FR', { width: 375, height: 800 });
    await page.getByTestId('charter-purpose').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('tab-phone-fr'), fullPage: true });
    await context.close();
  });

  it.each([
    ['light', '?theme=default&locale=en-US'],
    ['dark', '?theme=dark&locale=fr-FR'],
    ['high contrast', '?theme=contrast&locale=en-US'],
  ])('has no serious accessibility violations (axe, %s theme)', async (_theme, query) => {
    const { context, page } = await open(query);
    await page.getByTestId('charter-purpose').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});

describe('The tab inside a (mock) Teams host, with Teams SSO', () => {
  const CLIENT_ID = '6d5a9a2e-1111-4222-8333-444455556666';
  const OID = 'c0ffee00-0000-4000-8000-0000000000a2'; // Alex Morgan in the demo data (English)
  let idp: LocalIdentityProvider;
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    idp = await new LocalIdentityProvider().start();
    t = await startTestApp({
      tabDir: requireBuiltTab(),
      env: {
        PUBLIC_URL: 'http://127.0.0.1',
        AAD_CLIENT_ID: CLIENT_ID,
        ALLOWED_TENANT_IDS: DEMO_TENANT,
        AAD_JWKS_URL: idp.ssoJwksUrl,
      },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
    await idp?.stop();
  });

  it('initialises teams-js, signs in with the SSO token, follows the Teams theme and locale, and reports success', async () => {
    const token = await idp.ssoToken({ tid: DEMO_TENANT, oid: OID, aud: CLIENT_ID, name: 'Alex Morgan' });
    context = await isolatedContext(browser, t.baseUrl, { locale: 'en-US' });
    const html = mockTeamsHostHtml({
      tabPath: '/tab/?inTeams=1',
      theme: 'dark',
      locale: 'fr-FR',
      userObjectId: OID,
      tenantId: DEMO_TENANT,
      token,
    });
    await context.route(`${t.baseUrl}/mock-teams-host`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    );
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/mock-teams-host`);
    const tab = page.frameLocator('#tab');
    // French (the Teams locale) although the browser says English; the member is the token's oid.
    await expect(tab.getByTestId('charter-purpose').textContent()).resolves.toMatch(/^Nous aidons/);
    await expect(tab.getByTestId('signed-in-member').textContent()).resolves.toMatch(
      /Bienvenue, Alex Morgan/,
    );
    const frame = page.frame({ url: /\/tab\// })!;
    await expect(frame.evaluate(() => document.documentElement.dataset['host'])).resolves.toBe('teams');
    await expect(background(frame)).resolves.not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: shot('tab-teams-dark-fr') });

    const calls = await page.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls);
    expect(calls).toEqual(
      expect.arrayContaining([
        'initialize',
        'getContext',
        'authentication.getAuthToken',
        'appInitialization.success',
      ]),
    );
    // No dev-mode banner: the server ran with SSO.
    await expect(tab.getByText(/Dev mode|Mode développement/).count()).resolves.toBe(0);

    // Teams switches to high contrast while the tab is open.
    await page.evaluate(() =>
      (window as unknown as { pushTheme(theme: string): void }).pushTheme('contrast'),
    );
    await expect(
      eventually(
        () => background(frame),
        (color) => color === 'rgb(0, 0, 0)',
      ),
    ).resolves.toBe('rgb(0, 0, 0)');
    await page.screenshot({ path: shot('tab-teams-contrast-fr') });
  });
});
