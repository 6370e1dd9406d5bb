/// <reference lib="dom" />
import {
  eventually,
  expectAccessible,
  mainOverflow,
  member,
  shot,
  tabSession,
  textOf,
  toast,
} from '../support/e2e';

/*
 * The animator console, as animators use it: moderation (key 5) — a member reports, an animator
 * decides, the audit log remembers — and the editorial calendar with its stock meter (key 6).
 */

const CAMILLE = member('a1'); // administrator
const ALEX = member('a2'); // community animator
const PRIYA = member('a4'); // member

/** `YYYY-MM-DD` of a local date. */
const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('The animator console: moderation and the editorial calendar', () => {
  const session = tabSession();
  const { open, api } = session;

  describe('Moderation', () => {
    it('shows what a member reported; an animator hides it, and the audit log records it', async () => {
      await api(PRIYA, 'POST', '/api/v1/reports', {
        targetType: 'post',
        postId: 'eval-harness',
        reason: 'confidential',
        note: 'It names a customer.',
      });

      const { context, page, errors } = await open(ALEX, '#/moderation');
      const item = page.getByTestId('queue-item').filter({ hasText: 'How we built an evaluation harness' });
      await expect(
        textOf(item, /Confidential ×1[\s\S]*1 report · first flagged[\s\S]*It names a customer\./),
      ).resolves.toMatch(/Confidential ×1[\s\S]*1 report · first flagged[\s\S]*It names a customer\./);
      await expectAccessible(page);
      await page.screenshot({ path: shot('moderation-en'), fullPage: true });

      // A warning has to say what to change.
      await item.getByLabel('Note').fill('Too short');
      await item.getByRole('button', { name: 'Warn the author' }).click();
      await item.getByText('A warning says what to change: at least 10 characters.').waitFor();

      await item.getByLabel('Note').fill('Customer name in the third paragraph.');
      await item.getByRole('button', { name: 'Hide' }).click();
      await toast(
        page,
        'Hidden: “How we built an evaluation harness for our support assistant” is no longer visible to members.',
      ).waitFor();
      await eventually(
        () => item.count(),
        (n) => n === 0,
      );
      await expect(item.count()).resolves.toBe(0);

      await page.getByRole('tab', { name: 'Audit log' }).click();
      const entry = page.getByTestId('audit-entry').first();
      await expect(
        textOf(entry, /Alex Morgan hid a post[\s\S]*Customer name in the third paragraph\./),
      ).resolves.toMatch(/Alex Morgan hid a post[\s\S]*Customer name in the third paragraph\./);
      await expectAccessible(page);
      const post = await api<{ status: string }>(ALEX, 'GET', '/api/v1/posts/eval-harness');
      expect(post.status).toBe('hidden');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('publishes a post held by a watched word, then says there is nothing left to review', async () => {
      const { context, page } = await open(ALEX, '#/moderation');
      const held = page.getByTestId('queue-item').filter({ hasText: 'Free GPU credits for everyone' });
      await expect(textOf(held, /Held: /)).resolves.toMatch(/Held: /);
      await held.getByRole('button', { name: 'Publish' }).click();
      await toast(page, /Published: “Free GPU credits for everyone” is now visible\./).waitFor();
      await page
        .getByRole('heading', { name: 'Nothing to review – the community is in good shape' })
        .waitFor();
      await context.close();
    });

    it('lets an administrator edit the watched words, and animators read them', async () => {
      const admin = await open(CAMILLE, '#/moderation');
      await admin.page.getByRole('tab', { name: 'Watched words' }).click();
      const field = admin.page.getByLabel('Add a word or phrase');
      await field.fill('x');
      await admin.page.getByRole('button', { name: 'Add', exact: true }).click();
      await admin.page.getByText('At least 2 characters.').waitFor();
      await field.fill('crypto giveaway');
      await admin.page.getByRole('button', { name: 'Add', exact: true }).click();
      await admin.page.getByText('Unsaved changes.').waitFor();
      await admin.page.getByRole('button', { name: 'Save the list' }).click();
      await toast(admin.page, 'Watched words saved.').waitFor();
      const words = await api<{ words: string[] }>(CAMILLE, 'GET', '/api/v1/moderation/watched-words');
      expect(words.words).toContain('crypto giveaway');
      // The page once the toast is gone: a toast fading out is, for a moment, low in contrast.
      await toast(admin.page, 'Watched words saved.').waitFor({ state: 'detached', timeout: 15_000 });
      await expectAccessible(admin.page);
      await admin.context.close();

      const animator = await open(ALEX, '#/moderation');
      await animator.page.getByRole('tab', { name: 'Watched words' }).click();
      await animator.page.getByText('Only administrators change this list.', { exact: false }).waitFor();
      await animator.page.getByText('crypto giveaway').waitFor();
      await expect(animator.page.getByRole('button', { name: 'Save the list' }).count()).resolves.toBe(0);
      await animator.context.close();
    });

    it('reads well in French and dark, and on a phone', async () => {
      await api(PRIYA, 'POST', '/api/v1/reports', {
        targetType: 'post',
        postId: 'idea-office-hours',
        reason: 'off_topic',
        note: '',
      });
      const { context, page } = await open(ALEX, '#/moderation', { locale: 'fr-FR', theme: 'dark' });
      await expect(textOf(page.getByTestId('queue-item').first(), /Hors sujet ×1/)).resolves.toMatch(
        /Hors sujet ×1/,
      );
      await page.screenshot({ path: shot('moderation-fr-dark'), fullPage: true });
      await expectAccessible(page);
      await context.close();

      const phone = await open(ALEX, '#/moderation', { locale: 'fr-FR', theme: 'dark', width: 360 });
      await phone.page.getByTestId('queue-item').first().waitFor();
      await expect(mainOverflow(phone.page)).resolves.toBeLessThanOrEqual(0);
      await phone.page.screenshot({ path: shot('moderation-phone-fr-dark'), fullPage: true });
      await phone.context.close();
    });
  });

  describe('Editorial calendar', () => {
    const title = 'Five lessons from our first feature store';

    it('schedules a ready draft from the calendar page, and the post appears on its day', async () => {
      await api(CAMILLE, 'POST', '/api/v1/posts', {
        circleId: 'community',
        type: 'article',
        title,
        body: 'Notes from a year of running it.',
        publish: 'draft',
        ready: true,
      });
      const { context, page, errors } = await open(CAMILLE, '#/editorial');
      const draft = page.getByTestId('ready-draft').filter({ hasText: title });
      await draft.getByRole('button', { name: `Schedule “${title}”` }).click();
      const dialog = page.getByRole('dialog', { name: `Schedule “${title}”` });
      // The 15th of next month, 10:00 local time: always in the future, always in another month.
      const now = new Date();
      const when = new Date(now.getFullYear(), now.getMonth() + 1, 15, 10, 0);
      const value = `${dayOf(when)}T10:00`;
      await dialog.getByLabel('Date and time').fill(value);
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Schedule' }).click();
      await toast(page, new RegExp(`“${title}” is scheduled for`)).waitFor();

      // The calendar moved to that month; the chip sits on the 15th, and says what it is.
      const weekday = when.toLocaleDateString('en-US', { weekday: 'long', day: 'numeric', month: 'long' });
      const chip = page.locator(`td[data-day="${dayOf(when)}"]`).getByRole('link', {
        name: new RegExp(`^Scheduled: ${title}, ${weekday}`),
      });
      await chip.waitFor();
      await expect(chip.getAttribute('href')).resolves.toMatch(/^#\/post\//);
      await expect(draft.count()).resolves.toBe(0);
      // Keyboard: the chip is reachable with Tab and has focus styles.
      await chip.focus();
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-status'))).resolves.toBe(
        'scheduled',
      );
      const stored = await api<{ status: string; scheduledFor: string }>(
        CAMILLE,
        'GET',
        `/api/v1/posts/${(await chip.getAttribute('href'))!.replace('#/post/', '')}`,
      );
      expect(stored.status).toBe('scheduled');
      expect(new Date(stored.scheduledFor).getTime()).toBe(when.getTime());
      expect(errors).toEqual([]);
      await context.close();
    });

    it('starts weeks on Monday in French and on Sunday in American English, and marks today', async () => {
      const en = await open(CAMILLE, '#/editorial');
      const firstEn = en.page.getByRole('columnheader').first();
      await expect(textOf(firstEn)).resolves.toBe('Sun');
      await expect(
        en.page.locator(`td[data-day="${dayOf(new Date())}"]`).getAttribute('aria-current'),
      ).resolves.toBe('date');
      await expectAccessible(en.page);
      await en.page.screenshot({ path: shot('editorial-en'), fullPage: true });
      await en.context.close();

      const fr = await open(CAMILLE, '#/editorial', { locale: 'fr-FR', theme: 'dark' });
      await expect(textOf(fr.page.getByRole('columnheader').first(), /^lun/i)).resolves.toMatch(/^lun/i);
      await fr.page.getByTestId('stock-meter').waitFor();
      await fr.page.screenshot({ path: shot('editorial-fr-dark'), fullPage: true });
      await expectAccessible(fr.page);
      await fr.context.close();
    });

    it('shows the days of content the stock covers, and warns when it runs low', async () => {
      const stock = await api<{
        daysCovered: number;
        targetPostsPerWeek: number;
        readyDrafts: number;
        scheduled: number;
      }>(CAMILLE, 'GET', '/api/v1/editorial/stock');
      const { context, page } = await open(CAMILLE, '#/editorial');
      const meter = page.getByTestId('stock-meter');
      const days = Math.floor(stock.daysCovered);
      await expect(textOf(page.getByTestId('stock-headline'))).resolves.toBe(
        `${days} ${days === 1 ? 'day' : 'days'} of content left at ${stock.targetPostsPerWeek} posts a week`,
      );
      await expect(
        page.getByRole('meter', { name: 'Days of content left' }).getAttribute('aria-valuetext'),
      ).resolves.toMatch(/days of content left/);
      await expect(page.getByTestId('stock-low').count()).resolves.toBe(0);

      // The community asks for a longer runway than the stock gives: the meter warns.
      await api(CAMILLE, 'PUT', '/api/v1/community/settings', { stockWarningDays: days + 30 });
      await page.reload();
      await expect(
        textOf(
          page.getByTestId('stock-low'),
          new RegExp(`The stock is running low\\.[\\s\\S]*Less than ${days + 30} days of content left`),
        ),
      ).resolves.toMatch(
        new RegExp(`The stock is running low\\.[\\s\\S]*Less than ${days + 30} days of content left`),
      );
      await expect(meter.getAttribute('data-level')).resolves.toBe('low');
      await page.screenshot({ path: shot('editorial-low-en'), fullPage: true });
      await context.close();
    });

    it('fits a 360-pixel phone, the month read as a list of days', async () => {
      const { context, page } = await open(CAMILLE, '#/editorial', {
        locale: 'fr-FR',
        theme: 'dark',
        width: 360,
      });
      await page.getByTestId('stock-meter').waitFor();
      await page.getByTestId('month-calendar').waitFor();
      await expect(page.locator('table').isVisible()).resolves.toBe(false);
      await expect(mainOverflow(page)).resolves.toBeLessThanOrEqual(0);
      await page.screenshot({ path: shot('editorial-phone-fr-dark'), fullPage: true });
      await context.close();
    });
  });
});
