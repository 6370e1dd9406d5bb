/// <reference lib="dom" />
import { expectAccessible, member, shot, tabSession, toast } from '../support/e2e';

/*
 * A member's settings (language, time zone, quiet hours, weekly cap, nudges) and the animator's
 * nudge rules, in Chromium over the real server.
 */

const ALEX = member('a2'); // animator
const JULIEN = member('a5'); // member, French
const PRIYA = member('a4'); // member, English

describe('Settings and nudges in the tab', () => {
  const session = tabSession();
  const { open, api } = session;

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
    const saved = await api<Record<string, unknown>>(JULIEN, 'GET', '/api/v1/me/settings');
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
    const before = await api<Record<string, unknown>>(PRIYA, 'GET', '/api/v1/me/settings');
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
    expect(await api<Record<string, unknown>>(PRIYA, 'GET', '/api/v1/me/settings')).toEqual(before);
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
    await toast(page, 'Nudge rules saved.').waitFor();
    const rules = await api<{ circlePosts: { enabled: boolean }; digest: { maxPosts: number } }>(
      ALEX,
      'GET',
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
