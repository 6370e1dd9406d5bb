/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { builtTabDir } from '../../bot/src/paths';
import { isolatedContext, launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * A member's settings (language, time zone, quiet hours, weekly cap, nudges) and the animator's
 * nudge rules, in Chromium over the real server.
 */

const tabDir = builtTabDir();
if (!existsSync(join(tabDir, 'index.html'))) {
  throw new Error('The tab is not built: run "npm run build:tab" (npm test does it first).');
}

const member = (n: string) => `c0ffee00-0000-4000-8000-0000000000${n}`;
const ALEX = member('a2'); // animator
const JULIEN = member('a5'); // member, French
const PRIYA = member('a4'); // member, English

const shot = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);

/** No serious or critical axe violations (Tabster's focus sentinels excluded: a known false positive). */
async function expectAccessible(page: Page): Promise<void> {
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

describe('Settings and nudges in the tab', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ tabDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = async (as: string, hash: string, options: { locale?: string; width?: number } = {}) => {
    const locale = options.locale ?? 'en-US';
    const context = await isolatedContext(browser, t.baseUrl, {
      locale,
      ...(options.width ? { width: options.width } : {}),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${t.baseUrl}/tab/?theme=default&locale=${locale}&devUser=${as}${hash}`);
    return { context, page, errors };
  };

  const api = async <T>(as: string, path: string): Promise<T> => {
    const response = await t.fetch(path, { headers: { 'x-dev-user': as } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  it('lets a member change language, time zone, quiet hours, weekly cap and nudges, and says it is saved', async () => {
    const { context, page, errors } = await open(JULIEN, '#/home', { locale: 'fr-FR' });
    // The avatar opens the settings.
    await page.getByRole('button', { name: /Mes réglages/ }).click();
    await page.waitForURL(/#\/settings/);
    await page.getByRole('heading', { name: 'Réglages', exact: true, level: 1 }).waitFor();

    await page.getByRole('radio', { name: 'English' }).check();
    const zone = page.getByRole('combobox', { name: 'Fuseau horaire' });
    await zone.fill('toronto');
    await page.getByRole('option', { name: 'America/Toronto' }).click();
    await page.getByRole('switch', { name: 'Aucun message pendant les heures calmes' }).check();
    await page.getByLabel('De', { exact: true }).fill('22:00');
    await page.getByLabel('À', { exact: true }).fill('07:00');
    await page.getByRole('spinbutton', { name: 'Au plus ce nombre de messages par semaine' }).fill('3');
    await page.getByRole('switch', { name: 'Résumé de la semaine' }).uncheck();
    await page.screenshot({ path: shot('settings-member-fr'), fullPage: true });
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' }).waitFor();
    const saved = await api<Record<string, unknown>>(JULIEN, '/api/v1/me/settings');
    expect(saved).toMatchObject({
      language: 'en',
      timeZone: 'America/Toronto',
      quietHours: { start: '22:00', end: '07:00' },
      weeklyCap: 3,
      mutedKinds: ['digest'],
    });
    // A reload shows what was saved.
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Résumé de la semaine' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('combobox', { name: 'Fuseau horaire' }).inputValue()).resolves.toBe(
      'America/Toronto',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows what to fix before saving, and saves nothing', async () => {
    const before = await api<Record<string, unknown>>(PRIYA, '/api/v1/me/settings');
    const { context, page } = await open(PRIYA, '#/settings', { width: 400 });
    await page.getByRole('heading', { name: 'Settings', exact: true, level: 1 }).waitFor();
    await page.getByRole('spinbutton', { name: 'At most this many messages a week' }).fill('99');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Atlantis');
    await page.getByText('No time zone matches “Atlantis”.').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Enter a whole number from 0 to 50, or leave it empty.').waitFor();
    await page.getByText('Choose a time zone from the list.').waitFor();
    await page.getByText('Some fields need attention before saving.').waitFor();
    await page.screenshot({ path: shot('settings-member-errors-phone'), fullPage: true });
    await expectAccessible(page);
    expect(await api<Record<string, unknown>>(PRIYA, '/api/v1/me/settings')).toEqual(before);
    await context.close();
  });

  it('lets an animator switch nudges and tune them, with previews in English and French', async () => {
    const { context, page, errors } = await open(ALEX, '#/home');
    await page.getByRole('tab', { name: 'Nudges' }).click();
    await page.getByRole('heading', { name: 'Nudges', exact: true, level: 1 }).waitFor();
    const digest = page.locator('section[data-section="digest"]');
    await digest.getByText('Your week in Data & AI Community').waitFor();
    await digest.getByText('Votre semaine dans Communauté Data & IA').waitFor();
    await page
      .locator('section[data-section="events"]')
      .getByText('Guildhall has no events yet', { exact: false })
      .waitFor();
    await page.screenshot({ path: shot('nudges-animator'), fullPage: true });
    await expectAccessible(page);

    await page.getByRole('switch', { name: 'New posts in my circles: On' }).uncheck();
    await digest.getByRole('spinbutton', { name: 'Posts at most' }).fill('4');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.locator('.fui-ToastTitle').filter({ hasText: 'Nudge rules saved.' }).first().waitFor();
    const rules = await api<{ circlePosts: { enabled: boolean }; digest: { maxPosts: number } }>(
      ALEX,
      '/api/v1/nudges/rules',
    );
    expect(rules.circlePosts.enabled).toBe(false);
    expect(rules.digest.maxPosts).toBe(4);

    // Out-of-range values are caught before sending.
    await digest.getByRole('spinbutton', { name: 'Posts at most' }).fill('40');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await digest.getByText('Between 1 and 10.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the nudges page out of members’ navigation, and shows them the switched-off kinds as off', async () => {
    const { context, page } = await open(PRIYA, '#/settings');
    await page.getByRole('heading', { name: 'Settings', exact: true, level: 1 }).waitFor();
    await expect(page.getByRole('tab', { name: 'Nudges' }).count()).resolves.toBe(0);
    // The animator switched "new posts" off for everyone in the test above.
    const circlePosts = page.getByRole('switch', { name: 'New posts in my circles' });
    await expect(circlePosts.isDisabled()).resolves.toBe(true);
    await page.getByText('Switched off for everyone by the community').waitFor();
    await context.close();
  });
});
