/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
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
 * The game's settings (key 8), as administrators use them: points, caps and levels, badges, the
 * rewards catalogue, redemption requests, seasons and the ledger check — over the real server and
 * its demo data, with another administrator's changes arriving through the API meanwhile.
 */

const CAMILLE = member('a1'); // administrator
const ALEX = member('a2'); // animator
const INES = member('a3'); // member, French
const JULIEN = member('a5');
const HANNAH = member('a8');

/** What a control's `aria-describedby` reads out: a field's message, as a screen reader hears it. */
const descriptionOf = (control: Locator) =>
  control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );

interface Localized {
  en?: string;
  fr?: string;
}

interface Rules {
  actions: Record<string, { points: number; dailyCap: number }>;
  levels: { threshold: number; name: Localized }[];
  badges: { id: string; name: Localized }[];
  kudosPerWeek: number;
  season: { id: string; name: Localized; startedAt: string };
  updatedAt: string;
  etag: string;
}

interface Reward {
  id: string;
  name: Localized;
  description: Localized;
  type: string;
  cost: number;
  stock: number | null;
  perMemberLimit: number;
  active: boolean;
  etag: string;
}

interface Redemption {
  id: string;
  status: string;
  cost: number;
  reward: { id: string };
  member: { id: string; displayName: string };
}

interface Progress {
  points: number;
  balance: number;
  level: { index: number; name: Localized };
  badges: { id: string; name: Localized }[];
}

interface Board {
  top: { rank: number; points: number; member: { id: string } }[];
}

describe('Game settings for administrators: rules, badges, rewards, requests, seasons and checks', () => {
  const session = tabSession();
  const { open, api } = session;

  const rulesNow = () => api<Rules>(CAMILLE, 'GET', '/api/v1/game/rules');
  const progressOf = (as: string) => api<Progress>(as, 'GET', '/api/v1/me/progress');
  const catalogue = (as: string, all = false) =>
    api<{ items: Reward[]; balance: number }>(as, 'GET', `/api/v1/rewards${all ? '?all=true' : ''}`);
  const boardOf = (query: string) => api<Board>(JULIEN, 'GET', `/api/v1/leaderboard?${query}`);
  const createReward = (input: Omit<Reward, 'id' | 'etag' | 'active'>) =>
    api<Reward>(CAMILLE, 'POST', '/api/v1/rewards', { ...input, active: true });
  const rewardInput = (reward: Reward) => ({
    name: reward.name,
    description: reward.description,
    type: reward.type,
    cost: reward.cost,
    stock: reward.stock,
    perMemberLimit: reward.perMemberLimit,
    active: reward.active,
  });

  /** The settings page, open on one of its sections, once its first panel has loaded. */
  const openSettings = async (
    section: 'Points and levels' | 'Badges' | 'Rewards catalogue' | 'Requests' | 'Season and checks',
    options: Parameters<typeof open>[2] = {},
  ) => {
    const opened = await open(CAMILLE, '#/game', options);
    await opened.page.getByTestId('rules-actions').waitFor();
    if (section !== 'Points and levels') await opened.page.getByRole('tab', { name: section }).click();
    return opened;
  };

  /** The PUT /game/rules the page sends (to prove an invalid form sends nothing). */
  const rulesWrites = (page: Page) => {
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/api/v1/game/rules')) {
        writes.push(request.postData() ?? '');
      }
    });
    return writes;
  };

  describe('Points and levels', () => {
    it('saves points and a daily cap: a toast confirms, the API and a reload show them', async () => {
      const before = await rulesNow();
      const points = before.actions['answer.accepted']!.points + 3;
      const cap = before.actions['event.attended']!.dailyCap + 2;
      const { context, page, errors } = await openSettings('Points and levels');
      const answerPoints = page.getByLabel('Points for “Answer accepted”');
      const eventCap = page.getByLabel('Daily cap for “Event attended”');
      await expect(answerPoints.inputValue()).resolves.toBe(
        String(before.actions['answer.accepted']!.points),
      );
      await answerPoints.fill(String(points));
      await eventCap.fill(String(cap));
      await page.getByText('Unsaved changes').waitFor();
      await page.getByRole('button', { name: 'Save points and levels' }).click();
      await toast(page, 'Rules saved. Past awards keep what they paid.').waitFor();

      const after = await rulesNow();
      expect(after.actions['answer.accepted']).toEqual({
        points,
        dailyCap: before.actions['answer.accepted']!.dailyCap,
      });
      expect(after.actions['event.attended']).toEqual({
        points: before.actions['event.attended']!.points,
        dailyCap: cap,
      });
      // Nothing else moved.
      expect(after.actions['post.published']).toEqual(before.actions['post.published']);
      expect(after.levels).toEqual(before.levels);
      await expect(page.getByText('Unsaved changes').count()).resolves.toBe(0);

      await page.reload();
      await expect(
        eventually(
          () => page.getByLabel('Points for “Answer accepted”').inputValue(),
          (value) => value === String(points),
        ),
      ).resolves.toBe(String(points));
      await expect(page.getByLabel('Daily cap for “Event attended”').inputValue()).resolves.toBe(String(cap));
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-admin-rules-en'), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    });

    it('does not overwrite another administrator’s change saved meanwhile, and offers to reload', async () => {
      const before = await rulesNow();
      const { context, page } = await openSettings('Points and levels');
      const commentPoints = page.getByLabel('Points for “Comment”');
      await commentPoints.fill(String(before.actions['comment.created']!.points + 1));

      // Meanwhile, another administrator changes the quiz's points and the kudos allowance.
      const theirs = await api<Rules>(CAMILLE, 'PUT', '/api/v1/game/rules', {
        actions: { 'quiz.answered': { points: 4, dailyCap: 6 } },
        kudosPerWeek: before.kudosPerWeek + 1,
      });

      await page.getByRole('button', { name: 'Save points and levels' }).click();
      const changed = page.getByTestId('rules-changed');
      await expect(textOf(changed)).resolves.toMatch(
        /Another administrator changed the game settings meanwhile\. Reload them/,
      );
      await expect(toast(page, 'Rules saved').count()).resolves.toBe(0);
      // Their change stands; mine was not sent over it.
      const stored = await rulesNow();
      expect(stored.etag).toBe(theirs.etag);
      expect(stored.actions['comment.created']).toEqual(before.actions['comment.created']);
      expect(stored.actions['quiz.answered']).toEqual({ points: 4, dailyCap: 6 });
      expect(stored.kudosPerWeek).toBe(before.kudosPerWeek + 1);

      await changed.getByRole('button', { name: 'Reload the latest settings' }).click();
      await expect(
        eventually(
          () => page.getByLabel('Points for “Quiz answered”').inputValue(),
          (value) => value === '4',
        ),
      ).resolves.toBe('4');
      await expect(page.getByLabel('Points for “Comment”').inputValue()).resolves.toBe(
        String(before.actions['comment.created']!.points),
      );
      await expect(page.getByLabel('Kudos each member can give per week').inputValue()).resolves.toBe(
        String(before.kudosPerWeek + 1),
      );
      await expect(page.getByTestId('rules-changed').count()).resolves.toBe(0);

      // Made again on top of theirs, it saves.
      await page
        .getByLabel('Points for “Comment”')
        .fill(String(before.actions['comment.created']!.points + 1));
      await page.getByRole('button', { name: 'Save points and levels' }).click();
      await toast(page, 'Rules saved. Past awards keep what they paid.').waitFor();
      const merged = await rulesNow();
      expect(merged.actions['comment.created']!.points).toBe(before.actions['comment.created']!.points + 1);
      expect(merged.actions['quiz.answered']).toEqual({ points: 4, dailyCap: 6 });
      await context.close();
    });

    it('shows what is wrong under each field and saves nothing: negative points, levels not rising', async () => {
      const before = await rulesNow();
      const { context, page, errors } = await openSettings('Points and levels');
      const writes = rulesWrites(page);
      const pollPoints = page.getByLabel('Points for “Poll vote”');
      await pollPoints.fill('-3');
      const level2 = before.levels[1]!.threshold;
      const level3 = page.getByRole('group', { name: 'Level 3' }).getByLabel('Points needed');
      await level3.fill(String(level2));
      await page.getByRole('button', { name: 'Save points and levels' }).click();

      await expect(textOf(page.getByText(/fields? needs? attention/))).resolves.toBe(
        '2 fields need attention.',
      );
      await expect(pollPoints.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(descriptionOf(pollPoints)).resolves.toBe('Enter a whole number from 0 to 1,000.');
      await expect(level3.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(descriptionOf(level3)).resolves.toBe('Needs more points than level 2.');
      // The message sits right under its field.
      const fieldBox = await level3.boundingBox();
      const messageBox = await page
        .getByRole('group', { name: 'Level 3' })
        .getByText('Needs more points than level 2.')
        .boundingBox();
      expect(messageBox!.y).toBeGreaterThan(fieldBox!.y);
      expect(messageBox!.y - (fieldBox!.y + fieldBox!.height)).toBeLessThan(40);
      await page.screenshot({ path: shot('game-admin-rules-invalid-en'), fullPage: true });

      expect(writes).toEqual([]);
      const after = await rulesNow();
      expect(after.etag).toBe(before.etag);
      expect(after.actions['poll.voted']).toEqual(before.actions['poll.voted']);

      // The first level starts at 0.
      await pollPoints.fill(String(before.actions['poll.voted']!.points));
      await level3.fill(String(before.levels[2]!.threshold));
      const level1 = page.getByRole('group', { name: 'Level 1' }).getByLabel('Points needed');
      await level1.fill('5');
      await page.getByRole('button', { name: 'Save points and levels' }).click();
      await expect(descriptionOf(level1)).resolves.toBe('The first level starts at 0 points.');
      await expect(textOf(page.getByText(/fields? needs? attention/))).resolves.toBe(
        '1 field needs attention.',
      );
      expect(writes).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe('Levels and badges', () => {
    it('renames a level in English and French; members see it on My progress in their language', async () => {
      const ines = await progressOf(INES);
      const n = ines.level.index + 1;
      const { context, page } = await openSettings('Points and levels');
      const level = page.getByRole('group', { name: `Level ${n}` });
      await level.getByLabel('Name (English)').fill('Trailblazer');
      await level.getByLabel('Name (French)').fill('Éclaireuse');
      await page.getByRole('button', { name: 'Save points and levels' }).click();
      await toast(page, 'Rules saved. Past awards keep what they paid.').waitFor();
      expect((await rulesNow()).levels[ines.level.index]!.name).toEqual({
        en: 'Trailblazer',
        fr: 'Éclaireuse',
      });
      await context.close();

      const fr = await open(INES, '#/progress', { locale: 'fr-FR' });
      await expect(textOf(fr.page.getByTestId('progress-summary'), /Éclaireuse/)).resolves.toContain(
        `Niveau ${n} · Éclaireuse`,
      );
      await fr.context.close();
      const en = await open(INES, '#/progress');
      await expect(textOf(en.page.getByTestId('progress-summary'), /Trailblazer/)).resolves.toContain(
        `Level ${n} · Trailblazer`,
      );
      await en.context.close();
    });

    it('adds a badge; a member who earns it sees it, with its name, on My progress', async () => {
      const before = await rulesNow();
      const { context, page, errors } = await openSettings('Badges');
      const editor = page.getByTestId('badge-editor');
      await expect(editor.locator(':scope > li').count()).resolves.toBe(before.badges.length);
      await page.getByRole('button', { name: 'Add a badge' }).click();
      const n = before.badges.length + 1;
      const badge = page.getByRole('group', { name: new RegExp(`^Badge ${n}`) });
      await badge.getByLabel('Name (English)').fill('Early bird');
      await badge.getByLabel('Name (French)').fill('Lève-tôt');
      await badge.getByLabel('Description (English)').fill('Published a post in the new season.');
      await badge.getByLabel('Description (French)').fill('A publié dans la nouvelle saison.');
      await badge.getByRole('button', { name: 'Rocket' }).click();
      await expect(badge.getByRole('button', { name: 'Rocket' }).getAttribute('aria-pressed')).resolves.toBe(
        'true',
      );
      await badge.getByRole('combobox', { name: 'What it counts' }).click();
      await page.getByRole('option', { name: 'Posts published' }).click();
      await badge.getByLabel('Awarded at').fill('1');
      await expect(textOf(badge.locator('legend'))).resolves.toContain('Early bird');

      // An existing badge is edited too: "Helper" gets a clearer French name.
      const helper = page.getByRole('group', { name: /· Helper$/ });
      await helper.getByLabel('Name (French)').fill('Grand aidant');
      await page.getByRole('button', { name: 'Save badges' }).click();
      await toast(page, /^Badges saved\./).waitFor();
      const saved = await rulesNow();
      const added = saved.badges.find((b) => b.name.en === 'Early bird')!;
      expect(added).toMatchObject({
        id: 'early-bird',
        name: { en: 'Early bird', fr: 'Lève-tôt' },
        icon: 'Rocket',
        rule: 'posts',
        threshold: 1,
      });
      expect(saved.badges.find((b) => b.id === 'helper')!.name).toEqual({ en: 'Helper', fr: 'Grand aidant' });
      expect(saved.badges).toHaveLength(before.badges.length + 1);
      await context.close();

      // Julien qualifies already: his next action awards it.
      await api(JULIEN, 'POST', '/api/v1/posts', {
        circleId: 'community',
        type: 'article',
        title: 'Early notes on the new season',
        body: 'What I want to try.',
      });
      expect((await progressOf(JULIEN)).badges.map((b) => b.id)).toContain('early-bird');
      const mine = await open(JULIEN, '#/progress');
      const earned = mine.page.getByTestId('earned-badges').locator('li').filter({ hasText: 'Early bird' });
      await expect(textOf(earned, /Earned/)).resolves.toMatch(/Early bird[\s\S]*Earned/);
      await expect(earned.locator('[data-badge-icon]').count()).resolves.toBe(1);
      expect(errors).toEqual([]);
      await mine.context.close();
    });
  });

  describe('Rewards catalogue', () => {
    it('creates a reward members see, refuses to overwrite a change made meanwhile, and withdraws it', async () => {
      const { context, page, errors } = await openSettings('Rewards catalogue');
      await page.getByTestId('admin-rewards').waitFor();
      await page.getByRole('button', { name: 'Add a reward' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a reward' });
      await dialog.getByLabel('Name (English)').fill('Team lunch');
      await dialog.getByLabel('Name (French)').fill('Déjeuner d’équipe');
      await dialog.getByLabel('Description (English)').fill('Lunch with your pod, on the community.');
      await dialog.getByLabel('Description (French)').fill('Un déjeuner avec votre groupe, offert.');
      await dialog.getByLabel('Cost in points').fill('40');
      await dialog.getByLabel('Stock').fill('5');
      await dialog.getByLabel('Limit per member').fill('1');
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Save the reward' }).click();
      await toast(page, '“Team lunch” is in the catalogue.').waitFor();
      await expect(dialog.count()).resolves.toBe(0);

      const created = (await catalogue(CAMILLE, true)).items.find((r) => r.name.en === 'Team lunch')!;
      expect(created).toMatchObject({
        name: { en: 'Team lunch', fr: 'Déjeuner d’équipe' },
        type: 'object',
        cost: 40,
        stock: 5,
        perMemberLimit: 1,
        active: true,
      });
      const adminCard = page.locator(`[data-reward-id="${created.id}"]`);
      await expect(textOf(adminCard)).resolves.toMatch(/Team lunch[\s\S]*40 points[\s\S]*5 left/);

      const julien = await open(JULIEN, '#/rewards');
      const card = julien.page.locator(`[data-reward-id="${created.id}"]`);
      await expect(textOf(card)).resolves.toMatch(
        /Team lunch[\s\S]*Lunch with your pod[\s\S]*40 points[\s\S]*5 left[\s\S]*Limit: 1 per person/,
      );
      const ines = await open(INES, '#/rewards', { locale: 'fr-FR' });
      await expect(textOf(ines.page.locator(`[data-reward-id="${created.id}"]`))).resolves.toMatch(
        /Déjeuner d’équipe[\s\S]*40 points/,
      );
      await ines.context.close();

      // Camille edits the cost while another administrator changes it.
      await adminCard.getByRole('button', { name: 'Edit “Team lunch”' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit the reward' });
      await edit.getByLabel('Cost in points').fill('45');
      await api(CAMILLE, 'PUT', `/api/v1/rewards/${created.id}`, { ...rewardInput(created), cost: 50 });
      await edit.getByRole('button', { name: 'Save the reward' }).click();
      const changed = edit.getByTestId('reward-changed');
      await expect(textOf(changed)).resolves.toMatch(/This reward changed meanwhile[\s\S]*Reload it/);
      expect((await catalogue(CAMILLE, true)).items.find((r) => r.id === created.id)!.cost).toBe(50);
      await changed.getByRole('button', { name: 'Load their version' }).click();
      await expect(
        eventually(
          () => edit.getByLabel('Cost in points').inputValue(),
          (value) => value === '50',
        ),
      ).resolves.toBe('50');
      await expect(edit.getByTestId('reward-changed').count()).resolves.toBe(0);

      // Withdrawn from the catalogue.
      const offered = edit.getByRole('switch', { name: 'Offered in the catalogue' });
      await expect(offered.isChecked()).resolves.toBe(true);
      await offered.click();
      await edit.getByRole('button', { name: 'Save the reward' }).click();
      await toast(page, '“Team lunch” saved.').waitFor();
      await expect(textOf(adminCard, /Withdrawn/)).resolves.toContain('Withdrawn');
      expect((await catalogue(CAMILLE, true)).items.find((r) => r.id === created.id)).toMatchObject({
        active: false,
        cost: 50,
      });
      expect((await catalogue(JULIEN)).items.map((r) => r.id)).not.toContain(created.id);
      await julien.page.reload();
      await julien.page.getByTestId('reward-catalogue').locator('[data-reward-id]').first().waitFor();
      await expect(card.count()).resolves.toBe(0);
      await page.screenshot({ path: shot('game-admin-rewards-en'), fullPage: true });
      expect(errors).toEqual([]);
      await julien.context.close();
      await context.close();
    });

    it('shows what is wrong in the reward form and creates nothing', async () => {
      const before = (await catalogue(CAMILLE, true)).items.length;
      const { context, page } = await openSettings('Rewards catalogue');
      await page.getByRole('button', { name: 'Add a reward' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a reward' });
      await dialog.getByLabel('Cost in points').fill('-10');
      await dialog.getByLabel('Limit per member').fill('0');
      await dialog.getByRole('button', { name: 'Save the reward' }).click();
      await expect(textOf(dialog.getByText(/fields? needs? attention/))).resolves.toBe(
        '4 fields need attention.',
      );
      await expect(descriptionOf(dialog.getByLabel('Name (English)'))).resolves.toBe(
        'Name it in English or French.',
      );
      await expect(descriptionOf(dialog.getByLabel('Cost in points'))).resolves.toBe(
        'Enter a whole number from 0 to 1,000,000.',
      );
      await expect(descriptionOf(dialog.getByLabel('Limit per member'))).resolves.toBe(
        'Enter a whole number from 1 to 1,000.',
      );
      expect((await catalogue(CAMILLE, true)).items).toHaveLength(before);
      await context.close();
    });
  });

  describe('Requests', () => {
    it('hands over a request, which the member sees fulfilled; cancelling another gives the points back', async () => {
      const stickers = await createReward({
        name: { en: 'Sticker pack', fr: 'Autocollants' },
        description: { en: 'Laptop stickers.', fr: 'Des autocollants.' },
        type: 'object',
        cost: 10,
        stock: null,
        perMemberLimit: 5,
      });
      const start = await progressOf(HANNAH);
      const first = await api<Redemption>(HANNAH, 'POST', `/api/v1/rewards/${stickers.id}/redemptions`, {
        requestKey: 'hannah-stickers-1',
      });
      const second = await api<Redemption>(HANNAH, 'POST', `/api/v1/rewards/${stickers.id}/redemptions`, {
        requestKey: 'hannah-stickers-2',
      });
      expect((await progressOf(HANNAH)).balance).toBe(start.balance - 20);
      const who = first.member.displayName;

      const { context, page, errors } = await openSettings('Requests');
      const requests = page.getByTestId('redemption-requests');
      const firstRow = requests.locator(`[data-redemption-id="${first.id}"]`);
      const secondRow = requests.locator(`[data-redemption-id="${second.id}"]`);
      await expect(textOf(firstRow)).resolves.toMatch(
        new RegExp(`Sticker pack[\\s\\S]*${who} · Requested .* · 10 points[\\s\\S]*Requested`),
      );
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-admin-requests-en'), fullPage: true });

      await firstRow.getByRole('button', { name: `Mark “Sticker pack” for ${who} as handed over` }).click();
      await toast(page, `“Sticker pack” for ${who} is marked as handed over.`).waitFor();
      await expect(
        eventually(
          () => firstRow.count(),
          (count) => count === 0,
        ),
      ).resolves.toBe(0);
      await page.getByRole('tab', { name: 'Fulfilled' }).click();
      await expect(textOf(requests.locator(`[data-redemption-id="${first.id}"]`))).resolves.toMatch(
        /Sticker pack[\s\S]*Handed over[\s\S]*Fulfilled/,
      );

      const hannah = await open(HANNAH, '#/rewards');
      const mine = hannah.page.getByTestId('my-redemptions').locator(`[data-redemption-id="${first.id}"]`);
      await expect(textOf(mine, /Fulfilled/)).resolves.toMatch(
        /Sticker pack[\s\S]*Handed over[\s\S]*Fulfilled/,
      );
      await expect(mine.getByRole('button', { name: /Cancel the request/ }).count()).resolves.toBe(0);

      // The second one cannot be handed over: its points go back to Hannah.
      await page.getByRole('tab', { name: 'Requested' }).click();
      await secondRow
        .getByRole('button', { name: `Cancel “Sticker pack” for ${who} and give the points back` })
        .click();
      await toast(page, `Request cancelled: ${who} got 10 points back.`).waitFor();
      expect((await progressOf(HANNAH)).balance).toBe(start.balance - 10);
      const redemptions = await api<{ items: Redemption[] }>(HANNAH, 'GET', '/api/v1/me/redemptions');
      expect(redemptions.items.find((r) => r.id === second.id)!.status).toBe('cancelled');
      expect(redemptions.items.find((r) => r.id === first.id)!.status).toBe('fulfilled');
      await hannah.page.reload();
      await expect(
        textOf(
          hannah.page.getByTestId('my-redemptions').locator(`[data-redemption-id="${second.id}"]`),
          /Cancelled/,
        ),
      ).resolves.toMatch(/Cancelled/);
      await expect(textOf(hannah.page.getByTestId('reward-balance'))).resolves.toContain(
        `You have ${start.balance - 10} points to spend`,
      );
      expect(errors).toEqual([]);
      await hannah.context.close();
      await context.close();
    });
  });

  describe('Season and checks', () => {
    it('starts a new season: its leaderboard starts empty while all time keeps the points', async () => {
      const allBefore = await boardOf('period=all');
      expect(allBefore.top.length).toBeGreaterThan(0);
      const { context, page, errors } = await openSettings('Season and checks');
      await page.getByLabel('Season name (English)').fill('Autumn 2026');
      await page.getByLabel('Season name (French)').fill('Automne 2026');
      await page.getByRole('button', { name: 'Start the season' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Start “Autumn 2026” now?' });
      await expect(textOf(confirm)).resolves.toMatch(/Everyone starts again at zero/);
      await confirm.getByRole('button', { name: 'Start the season' }).click();
      await toast(page, '“Autumn 2026” has started.').waitFor();
      await expect(textOf(page.getByTestId('current-season'), /Autumn 2026/)).resolves.toMatch(
        /^Autumn 2026, started /,
      );
      expect((await rulesNow()).season.name).toEqual({ en: 'Autumn 2026', fr: 'Automne 2026' });

      await expect(
        eventually(
          () => boardOf('period=season'),
          (board) => board.top.length === 0,
        ).then((board) => board.top),
      ).resolves.toEqual([]);
      const allAfter = await boardOf('period=all');
      expect(allAfter.top.map((s) => [s.member.id, s.points])).toEqual(
        allBefore.top.map((s) => [s.member.id, s.points]),
      );

      const julien = await open(JULIEN, '#/leaderboard?period=season');
      await julien.page.getByText('Nobody has earned points this season yet').waitFor();
      await julien.page.getByRole('tab', { name: 'All time' }).click();
      await expect(
        textOf(julien.page.getByTestId('board-top'), new RegExp(`${allBefore.top[0]!.points}`)),
      ).resolves.toContain(String(allBefore.top[0]!.points));
      expect(errors).toEqual([]);
      await julien.context.close();
      await context.close();
    });

    it('checks points against the ledger and shows the result', async () => {
      const { context, page, errors } = await openSettings('Season and checks');
      const result = page.getByTestId('rebuild-result');
      await expect(result.innerText()).resolves.toBe('');
      await page.getByRole('button', { name: 'Check now' }).click();
      await expect(textOf(result)).resolves.toMatch(/^Checked \d+ scores: everything matches the ledger\.$/);
      const expected = await api<{ scores: number; mismatchCount: number }>(
        CAMILLE,
        'POST',
        '/api/v1/game/rebuild',
        { write: false },
      );
      expect(expected.mismatchCount).toBe(0);
      await expect(result.innerText()).resolves.toBe(
        `Checked ${expected.scores} scores: everything matches the ledger.`,
      );
      await expect(page.getByRole('button', { name: 'Repair from the ledger' }).count()).resolves.toBe(0);
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-admin-season-en'), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe('Everyone else, languages and screens', () => {
    it('shows animators the “administrators only” state, not the forms', async () => {
      const { context, page } = await open(ALEX, '#/game');
      await page.getByRole('heading', { name: 'This page is for administrators' }).waitFor();
      await expect(
        page
          .getByText('Community administrators set the rules of the game, the rewards and the seasons here.')
          .count(),
      ).resolves.toBe(1);
      await expect(page.getByRole('tablist', { name: 'Game settings sections' }).count()).resolves.toBe(0);
      await expect(page.getByRole('spinbutton').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: /Save/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Game settings' }).count()).resolves.toBe(0);
      await context.close();
    });

    it('speaks French in a dark theme, in every section, without serious axe violations', async () => {
      const { context, page, errors } = await open(CAMILLE, '#/game', { locale: 'fr-FR', theme: 'dark' });
      await page.getByRole('heading', { level: 1, name: 'Réglages du jeu' }).waitFor();
      await page.getByTestId('rules-actions').waitFor();
      await expect(page.getByLabel('Points pour « Publication »').count()).resolves.toBe(1);
      await expect(page.getByLabel('Plafond par jour pour « Réponse acceptée »').count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: 'Enregistrer points et niveaux' }).count()).resolves.toBe(
        1,
      );
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-admin-fr-dark'), fullPage: true });

      const sections: [string, RegExp][] = [
        ['Badges', /Enregistrer les badges|Ajouter un badge/],
        ['Catalogue', /Ajouter une récompense/],
        ['Demandes', /Demandée|Aucune demande/],
        ['Saison et contrôles', /Saison en cours[\s\S]*Vérifier/],
      ];
      for (const [tab, text] of sections) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(textOf(page.getByRole('tabpanel'), text)).resolves.toMatch(text);
        await expectAccessible(page);
        await page.screenshot({
          path: shot(`game-admin-fr-dark-${tab.toLowerCase().replace(/\W+/g, '-')}`),
          fullPage: true,
        });
      }
      expect(errors).toEqual([]);
      await context.close();
    });

    it.each([
      ['rules', 'Points and levels', 'rules-levels'],
      ['badges', 'Badges', 'badge-editor'],
      ['rewards', 'Rewards catalogue', 'admin-rewards'],
      ['requests', 'Requests', 'redemption-requests'],
      ['season', 'Season and checks', 'current-season'],
    ] as const)('fits a 360-pixel phone with no horizontal scroll (%s)', async (name, section, testId) => {
      if (name === 'requests') {
        // A waiting request, so its row and buttons have to fit too.
        const pens = await createReward({
          name: { en: 'Guildhall pen' },
          description: { en: 'A pen.' },
          type: 'object',
          cost: 5,
          stock: null,
          perMemberLimit: 3,
        });
        await api(JULIEN, 'POST', `/api/v1/rewards/${pens.id}/redemptions`, { requestKey: 'julien-pen-1' });
      }
      const { context, page } = await openSettings(section, { width: 360 });
      await page.getByTestId(testId).waitFor();
      await expect(mainOverflow(page)).resolves.toBeLessThanOrEqual(0);
      // Every section can be reached without scrolling sideways.
      for (const tab of await page
        .getByRole('tablist', { name: 'Game settings sections' })
        .getByRole('tab')
        .all()) {
        const box = (await tab.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      if (name === 'rules') {
        // A level's fields stack, each as wide as the card.
        const level = page.getByRole('group', { name: 'Level 1' });
        const threshold = (await level.getByLabel('Points needed').boundingBox())!;
        const french = (await level.getByLabel('Name (French)').boundingBox())!;
        expect(french.x).toBe(threshold.x);
        expect(french.width).toBe(threshold.width);
      }
      await expectAccessible(page);
      await page.screenshot({ path: shot(`game-admin-phone-${name}`), fullPage: true });
      await context.close();
    });
  });
});
