/// <reference lib="dom" />
import {
  eventually,
  expectAccessible,
  mainOverflow,
  member,
  shot,
  tabSession,
  textOf,
  type OpenOptions,
} from '../support/e2e';

/*
 * Home (key 1), as people use it: a member accepts the charter; an administrator edits it and
 * publishes a new version, and members are asked again, told what changed; goals and settings.
 */

const CAMILLE = member('a1'); // administrator
const INES = member('a3'); // member, accepted version 1
const PRIYA = member('a4'); // member, never accepted the charter

describe('Home: the charter, its acceptance, goals and settings', () => {
  const session = tabSession();
  const { api } = session;
  /** Opens the tab as `as`, on Home unless `hash` says otherwise. */
  const open = (as: string, { hash = '#/home', ...options }: OpenOptions & { hash?: string } = {}) =>
    session.open(as, hash, options);

  it('asks a member who has not accepted the charter to do so, and thanks them once they have', async () => {
    const { context, page, errors } = await open(PRIYA);
    const banner = page.getByTestId('charter-banner');
    await expect(
      textOf(banner, /Please read and accept the charter \(version 1\)[\s\S]*You can post once you have/),
    ).resolves.toMatch(/Please read and accept the charter \(version 1\)[\s\S]*You can post once you have/);
    await expectAccessible(page);
    await page.screenshot({ path: shot('home-banner-en'), fullPage: true });

    await banner.getByRole('button', { name: 'I accept' }).click();
    await expect(textOf(page.getByTestId('charter-accepted'), /you accepted version 1/)).resolves.toMatch(
      /you accepted version 1/,
    );
    await expect(banner.count()).resolves.toBe(0);
    const me = await api<{ charterAcknowledgedVersion: number | null }>(PRIYA, 'GET', '/api/v1/me');
    expect(me.charterAcknowledgedVersion).toBe(1);

    await page.reload();
    await page.getByTestId('charter-purpose').waitFor();
    await expect(page.getByTestId('charter-banner').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an administrator publish a new version; a member is asked again and told what changed', async () => {
    // Inès is up to date: her browser remembers the version she accepted.
    const ines = await open(INES);
    await ines.page.getByTestId('charter-purpose').waitFor();
    await expect(ines.page.getByTestId('charter-banner').count()).resolves.toBe(0);

    const admin = await open(CAMILLE);
    await admin.page.getByRole('button', { name: 'Edit charter' }).click();
    await admin.page.getByRole('heading', { name: 'Edit the charter' }).waitFor();
    await expectAccessible(admin.page);
    await admin.page.getByLabel('Purpose (English)').fill('We learn data and AI together, in the open.');
    // An empty value is refused before anything is sent.
    await admin.page.getByRole('button', { name: 'Add a value' }).click();
    await admin.page.getByRole('button', { name: /Publish version 2/ }).click();
    await expect(
      textOf(admin.page.getByText(/fields? needs? attention/), /2 fields need attention/),
    ).resolves.toMatch(/2 fields need attention/);
    await admin.page.getByLabel('Value 5 title (English)').fill('Curiosity');
    await admin.page.getByLabel('Value 5 description (English)').fill('Ask why, then ask again.');
    // Reorder: the new value goes first (its number follows its place).
    for (let n = 5; n > 1; n--) await admin.page.getByRole('button', { name: `Move Value ${n} up` }).click();
    // The code of conduct is markdown: the preview shows it as members will read it.
    await admin.page.getByLabel('Code of conduct (English)').fill('**Be kind** and specific.');
    await admin.page.getByRole('button', { name: 'Preview' }).click();
    await admin.page.getByTestId('conduct-preview').locator('strong', { hasText: 'Be kind' }).waitFor();
    await admin.page.getByRole('button', { name: 'Preview' }).click();
    await admin.page.screenshot({ path: shot('home-charter-editor-en'), fullPage: true });
    await admin.page.getByRole('button', { name: /Publish version 2/ }).click();
    const purpose = admin.page.getByTestId('charter-purpose');
    await expect(
      eventually(
        () => purpose.innerText(),
        (text) => text.startsWith('We learn'),
      ),
    ).resolves.toBe('We learn data and AI together, in the open.');
    const community = await api<{ charter: { version: number; values: { title: { en?: string } }[] } }>(
      CAMILLE,
      'GET',
      '/api/v1/community',
    );
    expect(community.charter.version).toBe(2);
    expect(community.charter.values[0]!.title.en).toBe('Curiosity');

    await ines.page.reload();
    const banner = ines.page.getByTestId('charter-banner');
    await expect(textOf(banner, /version 2[\s\S]*since you accepted version 1/)).resolves.toMatch(
      /version 2[\s\S]*since you accepted version 1/,
    );
    const changes = await textOf(ines.page.getByTestId('charter-changes'));
    expect(changes).toMatch(/Why we are here was rewritten/);
    expect(changes).toMatch(/New value: Curiosity/);
    expect(changes).toMatch(/The code of conduct changed/);
    await expect(ines.page.getByTestId('code-of-conduct').locator('strong').innerText()).resolves.toBe(
      'Be kind',
    );
    await expect(ines.page.getByTestId('changed-badge').count()).resolves.toBeGreaterThanOrEqual(2);
    await ines.page.screenshot({ path: shot('home-what-changed-en'), fullPage: true });
    await banner.getByRole('button', { name: 'I accept' }).click();
    await ines.page.getByTestId('charter-accepted').waitFor();
    expect([...ines.errors, ...admin.errors]).toEqual([]);
    await ines.context.close();
    await admin.context.close();
  });

  it('tells the administrator when someone else published meanwhile, and reloads the latest version', async () => {
    const { context, page } = await open(CAMILLE);
    await page.getByRole('button', { name: 'Edit charter' }).click();
    const intro = page.getByText(/You are editing version/);
    const before = await textOf(intro);
    const base = Number(/version (\d+)/.exec(before)![1]);
    // Someone publishes from elsewhere while the editor is open.
    const current = await api<{ charter: Record<string, unknown> & { version: number } }>(
      CAMILLE,
      'GET',
      '/api/v1/community',
    );
    const { version: _v, publishedAt: _p, ...content } = current.charter;
    await api(CAMILLE, 'POST', '/api/v1/charter/versions', { ...content, baseVersion: base });

    await page.getByLabel('Purpose (English)').fill('My edit, made on an old version.');
    await page.getByRole('button', { name: `Publish version ${base + 1}` }).click();
    const conflict = page.getByTestId('charter-conflict');
    await expect(textOf(conflict, /Someone published a new version meanwhile/)).resolves.toMatch(
      /Someone published a new version meanwhile/,
    );
    await conflict.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect(
      eventually(
        () => intro.innerText(),
        (text) => text.includes(`version ${base + 1}.`),
      ),
    ).resolves.toContain(`You are editing version ${base + 1}.`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('charter-purpose').waitFor();
    await context.close();
  });

  it('shows community goals with their progress; administrators add and remove them', async () => {
    const admin = await open(CAMILLE);
    await admin.page.getByRole('button', { name: 'Add a goal' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Add a community goal' });
    await dialog.getByLabel('English', { exact: true }).fill('Welcome 40 new members');
    await dialog.getByLabel('Target').fill('40');
    await dialog.getByLabel('Progress so far').fill('10');
    await dialog.getByLabel('Due on').fill('2030-06-30');
    await expectAccessible(admin.page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const goals = admin.page.getByTestId('goals');
    await expect(textOf(goals, /Welcome 40 new members[\s\S]*25%[\s\S]*10 of 40/)).resolves.toMatch(
      /Welcome 40 new members[\s\S]*25%[\s\S]*10 of 40/,
    );
    await expect(
      admin.page
        .getByRole('progressbar', { name: 'Progress towards “Welcome 40 new members”' })
        .getAttribute('aria-valuenow'),
    ).resolves.toBe('25');

    // A member sees it, in French, without the administrators' buttons.
    const fr = await open(INES, { locale: 'fr-FR', theme: 'dark' });
    await expect(
      textOf(fr.page.getByTestId('goals'), /25\s?%[\s\S]*10 sur 40[\s\S]*30 juin 2030/),
    ).resolves.toMatch(/25\s?%[\s\S]*10 sur 40[\s\S]*30 juin 2030/);
    await expect(fr.page.getByRole('button', { name: /Supprimer l’objectif/ }).count()).resolves.toBe(0);
    await fr.page.screenshot({ path: shot('home-fr-dark'), fullPage: true });
    await expectAccessible(fr.page);
    await fr.context.close();

    await admin.page.getByRole('button', { name: 'Delete the goal “Welcome 40 new members”' }).click();
    await admin.page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await eventually(
      () => admin.page.getByText('Welcome 40 new members').count(),
      (n) => n === 0,
    );
    await expect(admin.page.getByText('Welcome 40 new members').count()).resolves.toBe(0);
    await admin.context.close();
  });

  it('lets an administrator change the community settings', async () => {
    const { context, page } = await open(CAMILLE);
    const settings = page.getByTestId('community-settings');
    await settings.getByLabel('Target posts per week').fill('5');
    await settings.getByLabel('Posts per hour').fill('0');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(textOf(settings.getByText(/Enter a number from 1 to 1,000/))).resolves.toBeTruthy();
    await settings.getByLabel('Posts per hour').fill('12');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor();
    const community = await api<{
      settings: { targetPostsPerWeek: number; rateLimits: { postsPerHour: number } };
    }>(CAMILLE, 'GET', '/api/v1/community');
    expect(community.settings.targetPostsPerWeek).toBe(5);
    expect(community.settings.rateLimits.postsPerHour).toBe(12);
    await context.close();
  });

  it('fits a 360-pixel phone, in French and dark, with the banner', async () => {
    const { context, page } = await open(member('a7'), { locale: 'fr-FR', theme: 'dark', width: 360 });
    await page.getByTestId('charter-banner').waitFor();
    await expect(mainOverflow(page)).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('home-phone-fr-dark'), fullPage: true });
    await context.close();
  });
});
