/// <reference lib="dom" />
import { isolatedContext } from '../support/browser';
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
 * The game (key 8), as members play it: their progress and history, the celebration of new badges,
 * leaderboards and the opt-out, kudos, and rewards — over the real server and its demo data.
 */

const CAMILLE = member('a1'); // administrator
const ALEX = member('a2'); // animator
const INES = member('a3'); // member, French
const JULIEN = member('a5');
const SOFIA = member('a6');
const HANNAH = member('a8');
const MATHIEU = member('a9');

interface Progress {
  points: number;
  balance: number;
  level: { index: number; name: { en?: string }; next: { threshold: number; name: { en?: string } } | null };
  badges: { id: string; name: { en?: string }; celebrated: boolean }[];
  streak: { current: number; best: number; thisWeek: boolean };
  history: { items: { id: string; action: string; points: number; capped: boolean; source: string }[] };
  rankingOptOut: boolean;
}

interface Board {
  top: { rank: number; points: number; member: { id: string; displayName: string } }[];
  me: { rank: number; points: number; optedOut: boolean };
}

describe('The game for members: progress, celebrations, leaderboards, kudos and rewards', () => {
  const session = tabSession();
  const { open, api } = session;

  const progressOf = (as: string) => api<Progress>(as, 'GET', '/api/v1/me/progress');
  const boardOf = (as: string, query: string) => api<Board>(as, 'GET', `/api/v1/leaderboard?${query}`);

  describe('My progress', () => {
    it('shows the level, points, balance, badges, next badges, streak and the history', async () => {
      const expected = await progressOf(HANNAH);
      const { context, page, errors } = await open(HANNAH, '#/progress');
      const summary = page.getByTestId('progress-summary');
      await expect(textOf(summary, /Level \d · /)).resolves.toContain(
        `Level ${expected.level.index + 1} · ${expected.level.name.en}`,
      );
      await expect(page.getByTestId('points-total').innerText()).resolves.toBe(String(expected.points));
      await expect(page.getByTestId('balance').innerText()).resolves.toBe(String(expected.balance));
      const toNext = expected.level.next!.threshold - expected.points;
      await expect(page.getByTestId('to-next-level').innerText()).resolves.toBe(
        `${toNext} points to ${expected.level.next!.name.en}`,
      );
      await expect(
        summary
          .getByRole('progressbar', { name: `Progress towards ${expected.level.next!.name.en}` })
          .count(),
      ).resolves.toBe(1);

      // Every earned badge, with its icon and the day it was earned.
      const earned = page.getByTestId('earned-badges');
      for (const badge of expected.badges) {
        const tile = earned.locator('li').filter({ hasText: badge.name.en! });
        await expect(tile.innerText()).resolves.toMatch(/Earned \w{3} \d{1,2}, \d{4}/);
        await expect(tile.locator('[data-badge-icon]').count()).resolves.toBe(1);
      }
      await expect(earned.locator('li').count()).resolves.toBe(expected.badges.length);
      await expect(page.getByTestId('next-badges').locator('li').count()).resolves.toBeGreaterThan(0);

      const streak = await page.getByTestId('streak').innerText();
      expect(streak).toMatch(new RegExp(`Weekly streak\\s+${expected.streak.current}\\s+weeks?\\b`));
      expect(streak).toContain(`Best: ${expected.streak.best} weeks`);
      expect(streak).toContain(
        expected.streak.thisWeek ? 'This week counts already.' : 'Take part this week to keep it going.',
      );

      // The first page of the history, then older entries.
      const history = page.getByTestId('history').locator('li');
      await expect(history.count()).resolves.toBe(expected.history.items.length);
      await page.getByRole('button', { name: 'Show older entries' }).click();
      await expect(
        eventually(
          () => history.count(),
          (n) => n > expected.history.items.length,
        ),
      ).resolves.toBeGreaterThan(expected.history.items.length);
      // Demo history has nothing to open.
      await expect(history.first().getByRole('link').count()).resolves.toBe(0);
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-progress-en'), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    });

    it('lists capped entries as such and reversals as negative, with links to their posts', async () => {
      // Hannah publishes until the day's cap for posts is reached, then deletes a post that paid.
      const posts: string[] = [];
      let progress = await progressOf(HANNAH);
      for (let n = 1; n <= 6 && !progress.history.items.some((e) => e.capped); n++) {
        const post = await api<{ id: string }>(HANNAH, 'POST', '/api/v1/posts', {
          circleId: 'community',
          type: 'article',
          title: `Notes from the dataviz pod, part ${n}`,
          body: 'What we learned this week.',
        });
        posts.push(post.id);
        progress = await progressOf(HANNAH);
      }
      const capped = progress.history.items.find((e) => e.capped)!;
      expect(capped).toBeDefined();
      const paid = progress.history.items.find((e) => e.action === 'post.published' && e.points > 0)!;
      const paidPost = paid.source.replace('post:', '');
      await api(HANNAH, 'DELETE', `/api/v1/posts/${paidPost}`);

      const { context, page } = await open(HANNAH, '#/progress');
      const history = page.getByTestId('history').locator('li');
      const reversal = history.filter({ hasText: 'Points taken back' }).first();
      await expect(textOf(reversal, /−5/)).resolves.toMatch(/The post was removed[\s\S]*−5/);
      const cappedRow = history.filter({ hasText: 'Daily cap reached: no points' }).first();
      await expect(textOf(cappedRow)).resolves.toMatch(/Post published[\s\S]*0$/);
      await expect(cappedRow.getByRole('link', { name: 'View the post' }).getAttribute('href')).resolves.toBe(
        `#/${capped.source.replace(':', '/')}`,
      );
      await cappedRow.getByRole('link', { name: 'View the post' }).click();
      await page.getByRole('heading', { level: 1, name: /Notes from the dataviz pod/ }).waitFor();
      await context.close();
    });

    it('keeps a member who opts out off the public leaderboard, while their own rank card still shows', async () => {
      const before = await boardOf(SOFIA, 'period=all');
      const place = before.top.find((s) => s.member.id === SOFIA)!;
      expect(place).toBeDefined();

      const { context, page } = await open(SOFIA, '#/progress');
      const optOut = page.getByRole('switch', { name: 'Keep me off public leaderboards' });
      await expect(optOut.isChecked()).resolves.toBe(false);
      await expect(
        page.getByText('When this is on, your name is not shown on leaderboards to others.').count(),
      ).resolves.toBe(1);
      await optOut.click();
      await toast(page, 'You are off public leaderboards now.').waitFor();
      expect((await progressOf(SOFIA)).rankingOptOut).toBe(true);

      // Others no longer see her; she still sees where she would be.
      const seenByOthers = await boardOf(HANNAH, 'period=all');
      expect(seenByOthers.top.map((s) => s.member.id)).not.toContain(SOFIA);
      await page.getByRole('tab', { name: 'Leaderboard' }).click();
      await page.getByRole('tab', { name: 'All time' }).click();
      const top = page.getByTestId('board-top');
      await expect(
        eventually(
          () => top.innerText(),
          (text) => !text.includes('Sofia Rossi'),
        ),
      ).resolves.not.toContain('Sofia Rossi');
      const hidden = (await boardOf(SOFIA, 'period=all')).me;
      expect(hidden).toMatchObject({ optedOut: true, points: place.points });
      await expect(textOf(page.getByTestId('my-rank'), /would be/)).resolves.toMatch(
        new RegExp(
          `You keep off public boards; you would be #${hidden.rank} with ${hidden.points} points\\.`,
        ),
      );
      await page.screenshot({ path: shot('game-leaderboard-opted-out-en'), fullPage: true });

      // Back on the board.
      await page.getByRole('link', { name: 'Change this on My progress' }).click();
      await page.getByRole('switch', { name: 'Keep me off public leaderboards' }).click();
      await toast(page, 'You are back on public leaderboards.').waitFor();
      expect((await boardOf(HANNAH, 'period=all')).top.map((s) => s.member.id)).toContain(SOFIA);
      await context.close();
    });

    it('opens at #/badges too, the address the badges page used to have', async () => {
      const { context, page } = await open(JULIEN, '#/badges');
      await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
      await expect(page.getByRole('tab', { name: 'Recognition', selected: true }).count()).resolves.toBe(1);
      await context.close();
    });
  });

  describe('Celebrations', () => {
    it('celebrates new badges once, wherever the tab opens, and not again after a reload', async () => {
      const before = await progressOf(ALEX);
      const fresh = before.badges.filter((b) => !b.celebrated);
      expect(fresh.length).toBeGreaterThan(0);

      const { context, page, errors } = await open(ALEX, '#/feed');
      const celebration = page.getByTestId('celebration');
      await expect(textOf(celebration, /Well done!/)).resolves.toMatch(
        new RegExp(
          `Well done! You earned ${fresh.length === 1 ? 'a new badge' : `${fresh.length} new badges`}`,
        ),
      );
      for (const badge of fresh) await expect(celebration.innerText()).resolves.toContain(badge.name.en!);
      // The feed stays usable under it: nothing modal, focus untouched.
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await page.getByRole('heading', { level: 1, name: 'Feed' }).waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-celebration-en'), fullPage: false });
      // Seen: the server knows.
      await expect(
        eventually(
          () => progressOf(ALEX),
          (p) => p.badges.every((b) => b.celebrated),
        ).then((p) => p.badges.filter((b) => !b.celebrated).length),
      ).resolves.toBe(0);

      await celebration.getByRole('button', { name: 'See my progress' }).click();
      await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
      await expect(celebration.count()).resolves.toBe(0);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
      await page.getByTestId('history').waitFor();
      await expect(page.getByTestId('celebration').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('drops the confetti for readers who prefer reduced motion, and can be closed', async () => {
      const { context, page } = await open(MATHIEU, '#/home', { reducedMotion: true, width: 360 });
      const celebration = page.getByTestId('celebration');
      await celebration.waitFor();
      const confetti = celebration.locator('[aria-hidden]').first();
      await expect(confetti.evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
      await expect(
        celebration
          .locator('[data-badge-icon]')
          .first()
          .evaluate((el) => getComputedStyle(el.parentElement!).animationName),
      ).resolves.toBe('none');
      await expect(mainOverflow(page)).resolves.toBeLessThanOrEqual(0);
      await page.screenshot({ path: shot('game-celebration-phone-en') });
      await celebration.getByRole('button', { name: 'Close the celebration' }).click();
      await expect(celebration.count()).resolves.toBe(0);
      await context.close();
    });
  });

  describe('Leaderboards', () => {
    it('shows the top of a period with ranks and medals, and follows the period and circle filters', async () => {
      const { context, page, errors } = await open(MATHIEU, '#/leaderboard');
      const top = page.getByTestId('board-top');
      const names = () =>
        top.locator('li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rank')));
      const week = await boardOf(MATHIEU, 'period=week');
      await expect(eventually(names, (ranks) => ranks.length === week.top.length)).resolves.toEqual(
        week.top.map((s) => String(s.rank)),
      );
      // Ties share a rank; the first three places wear medals.
      const firstRow = top.locator('li').first();
      await expect(firstRow.getByRole('img', { name: 'Gold medal' }).count()).resolves.toBe(1);
      await expect(textOf(page.getByTestId('leaderboard'), /people on the board/)).resolves.toMatch(
        /Season 1 · since .* · \d+ (people|person) on the board/,
      );
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-leaderboard-en'), fullPage: true });

      const all = await boardOf(MATHIEU, 'period=all');
      await page.getByRole('tab', { name: 'All time' }).click();
      await expect(
        eventually(
          () => top.locator('li').first().innerText(),
          (text) =>
            text.includes(all.top[0]!.member.displayName) && text.includes(`${all.top[0]!.points} points`),
        ),
      ).resolves.toContain(`${all.top[0]!.points} points`);
      expect(new URL(page.url()).hash).toMatch(/period=all/);
      await expect(top.locator('li').count()).resolves.toBe(all.top.length);

      // One of my circles.
      const circle = await boardOf(MATHIEU, 'period=all&circleId=mlops');
      await page.getByRole('combobox', { name: 'Circle' }).click();
      await page.getByRole('option', { name: 'MLOps & plateformes' }).click();
      await expect(
        eventually(
          () => top.locator('li').count(),
          (n) => n === circle.top.length,
        ),
      ).resolves.toBe(circle.top.length);
      await expect(textOf(page.getByRole('heading', { name: /Top 50/ }), /MLOps/)).resolves.toBe(
        'Top 50 · All time · MLOps & plateformes',
      );
      expect(new URL(page.url()).hash).toMatch(/circle=mlops/);
      // The address keeps the filters.
      await page.reload();
      await expect(textOf(page.getByRole('heading', { name: /Top 50/ }), /MLOps/)).resolves.toBe(
        'Top 50 · All time · MLOps & plateformes',
      );
      await expect(page.getByTestId('my-rank').innerText()).resolves.toMatch(/You are #\d+ with \d+ points/);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('says so when nobody has points for the period yet', async () => {
      const context = await isolatedContext(session.browser, session.app.baseUrl);
      const page = await context.newPage();
      // The demo always has points this week: the board is emptied on its way to the tab.
      await page.route(/\/api\/v1\/leaderboard/, async (route) => {
        const response = await route.fetch();
        const board = (await response.json()) as Board & { neighbours: unknown[]; participants: number };
        await route.fulfill({
          response,
          json: {
            ...board,
            top: [],
            neighbours: [],
            participants: 0,
            me: { rank: 1, points: 0, optedOut: false },
          },
        });
      });
      await page.goto(`${session.app.baseUrl}/tab/?locale=en-US&devUser=${MATHIEU}#/leaderboard?period=week`);
      await page.getByRole('heading', { name: 'Nobody has earned points this week yet' }).waitFor();
      await expect(textOf(page.getByTestId('my-rank'))).resolves.toBe(
        'You have no points for this period yet.',
      );
      await expect(textOf(page.getByTestId('leaderboard'), /0 people/)).resolves.toMatch(
        /0 people on the board/,
      );
      await page.getByRole('tab', { name: 'This month' }).click();
      await page.getByRole('heading', { name: 'Nobody has earned points this month yet' }).waitFor();
      await context.close();
    });

    it('shows an error with a retry when the board cannot be loaded', async () => {
      const context = await isolatedContext(session.browser, session.app.baseUrl);
      const page = await context.newPage();
      let failing = true;
      await page.route(/\/api\/v1\/leaderboard/, (route) =>
        failing
          ? route.fulfill({
              status: 503,
              contentType: 'application/json',
              body: JSON.stringify({ error: { code: 'SERVER.UNAVAILABLE', message: 'Guildhall is busy.' } }),
            })
          : route.fallback(),
      );
      await page.goto(`${session.app.baseUrl}/tab/?locale=en-US&devUser=${MATHIEU}#/leaderboard`);
      await expect(textOf(page.getByRole('alert'), /Guildhall is busy/)).resolves.toMatch(
        /Guildhall is busy\./,
      );
      failing = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByTestId('board-top').waitFor();
      await context.close();
    });
  });

  describe('Kudos', () => {
    it('thanks someone: the allowance goes down and the kudos shows in the list and in the feed', async () => {
      const before = await api<{ allowance: { remaining: number; perWeek: number } }>(
        JULIEN,
        'GET',
        '/api/v1/kudos',
      );
      const { context, page, errors } = await open(JULIEN, '#/kudos');
      const form = page.getByTestId('kudos-form');
      await expect(textOf(page.getByTestId('kudos-allowance'))).resolves.toBe(
        `${before.allowance.remaining} of ${before.allowance.perWeek} kudos left this week`,
      );

      // Nothing is sent until the three are there.
      await form.getByRole('button', { name: 'Send kudos' }).click();
      await form.getByText('Choose who to thank.').waitFor();
      await form.getByText('Choose one of the values.').waitFor();
      await form.getByText('Say what you are thanking them for.').waitFor();

      await form.getByRole('combobox', { name: /Who do you want to thank/ }).fill('Inès');
      await page.getByRole('option', { name: /Inès Benali/ }).click();
      await form.getByRole('button', { name: 'No silly questions' }).click();
      await expect(
        form.getByRole('button', { name: 'No silly questions' }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await form.getByLabel('Your message').fill('Thank you for answering my very first question about dbt.');
      await expectAccessible(page);
      await form.getByRole('button', { name: 'Send kudos' }).click();
      await toast(page, 'Kudos sent to Inès Benali.').waitFor();
      await expect(textOf(page.getByTestId('kudos-allowance'), /^\d/)).resolves.toBe(
        `${before.allowance.remaining - 1} of ${before.allowance.perWeek} kudos left this week`,
      );
      const first = page.getByTestId('recent-kudos').locator('article').first();
      await expect(textOf(first, /Julien Moreau thanked Inès Benali/)).resolves.toMatch(
        /Julien Moreau thanked Inès Benali[\s\S]*For “No silly questions”[\s\S]*Thank you for answering my very first question/,
      );
      // The form is ready for the next one.
      await expect(form.getByLabel('Your message').inputValue()).resolves.toBe('');
      await page.screenshot({ path: shot('game-kudos-en'), fullPage: true });

      // The feed shows it as kudos: who thanked whom, for which value, the message as its body.
      await page.getByRole('tab', { name: 'Feed' }).click();
      await page.getByRole('heading', { level: 1, name: 'Feed' }).waitFor();
      const card = page.locator('article').filter({ hasText: 'Julien Moreau thanked Inès Benali' }).first();
      await expect(textOf(card, /For “No silly questions”/)).resolves.toMatch(
        /Kudos[\s\S]*Julien Moreau thanked Inès Benali[\s\S]*For “No silly questions”[\s\S]*Thank you for answering/,
      );
      await expect(
        card.getByRole('heading', { name: 'Julien Moreau thanked Inès Benali' }).count(),
      ).resolves.toBe(1);

      // Editing it changes only the message: no title, link or tags to turn it into something else.
      await card.getByRole('button', { name: /More actions for/ }).click();
      await page.getByRole('menuitem', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit your kudos' });
      await expect(dialog.getByLabel('Title').count()).resolves.toBe(0);
      await expect(dialog.getByText('Tags').count()).resolves.toBe(0);
      await dialog.getByLabel('Your message').fill('Thank you for answering my first dbt question, twice!');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(textOf(card, /twice!/)).resolves.toMatch(/Julien Moreau thanked Inès Benali[\s\S]*twice!/);
      const stored = await api<{ type: string; tags: string[]; kudos: { value: string } }>(
        JULIEN,
        'GET',
        `/api/v1/posts/${await card.getAttribute('data-post-id')}`,
      );
      expect(stored).toMatchObject({
        type: 'kudos',
        tags: ['kudos'],
        kudos: { value: 'No silly questions' },
      });
      expect(errors).toEqual([]);
      await context.close();
    });

    it('says why kudos cannot be sent: the server’s words, then the form waits for next week', async () => {
      const { context, page } = await open(HANNAH, '#/kudos');
      const form = page.getByTestId('kudos-form');
      await textOf(page.getByTestId('kudos-allowance'), /kudos left this week/);
      await form.getByRole('combobox', { name: /Who do you want to thank/ }).fill('Sofia');
      await page.getByRole('option', { name: /Sofia Rossi/ }).click();
      await form.getByRole('button', { name: 'Share early' }).click();
      await form.getByLabel('Your message').fill('Thanks for sharing your notebook before the review.');
      // Meanwhile, Hannah gives all her kudos from somewhere else.
      const { allowance } = await api<{ allowance: { remaining: number } }>(HANNAH, 'GET', '/api/v1/kudos');
      for (let n = 0; n < allowance.remaining; n++) {
        await api(HANNAH, 'POST', '/api/v1/kudos', {
          toId: ALEX,
          value: 'Share early',
          message: `Thanks ${n}`,
        });
      }
      await form.getByRole('button', { name: 'Send kudos' }).click();
      await expect(textOf(page.getByTestId('kudos-error'))).resolves.toBe(
        'You have given all 5 of your kudos this week. New ones come on Monday.',
      );
      await expect(textOf(form, /You have given all 5 kudos of this week/)).resolves.toMatch(
        /0 of 5 kudos left this week[\s\S]*Your allowance comes back on Monday/,
      );
      await expect(form.getByRole('button', { name: 'Send kudos' }).isDisabled()).resolves.toBe(true);
      await page.screenshot({ path: shot('game-kudos-none-left-en'), fullPage: true });
      await context.close();
    });
  });

  describe('Rewards', () => {
    it('redeems a reward once, lowers the balance, lists it, and cancelling gives the points back', async () => {
      const start = await progressOf(SOFIA);
      const { context, page, errors } = await open(SOFIA, '#/rewards');
      const balance = page.getByTestId('reward-balance');
      await expect(textOf(balance)).resolves.toMatch(`You have ${start.balance} points to spend`);
      const mug = page.locator('[data-reward-id="reward-mug"]');
      await expect(textOf(mug)).resolves.toMatch(
        /Guildhall mug[\s\S]*60 points[\s\S]*25 left[\s\S]*Limit: 2 per person/,
      );

      await mug.getByRole('button', { name: 'Redeem “Guildhall mug” for 60 points' }).click();
      const dialog = page.getByRole('dialog', { name: 'Redeem this reward?' });
      await expect(textOf(dialog)).resolves.toMatch(
        new RegExp(
          `Spend 60 points on “Guildhall mug”\\?[\\s\\S]*Your balance will be ${start.balance - 60} points\\.`,
        ),
      );
      await expectAccessible(page);
      // The first answer is lost on the way back (the server did redeem): the retry sends the same
      // request key, and the server answers with the same redemption instead of spending twice.
      const keys: string[] = [];
      let lose = true;
      await page.route(/\/api\/v1\/rewards\/reward-mug\/redemptions/, async (route) => {
        keys.push((route.request().postDataJSON() as { requestKey: string }).requestKey);
        if (!lose) return route.fallback();
        lose = false;
        await route.fetch();
        await route.abort('connectionreset');
      });
      await dialog.getByRole('button', { name: 'Spend 60 points' }).click();
      await expect(textOf(page.getByTestId('redeem-error'))).resolves.toMatch(/cannot be reached/);
      // People double-click too.
      await dialog.getByRole('button', { name: 'Spend 60 points' }).dblclick();
      await toast(page, 'Redeemed “Guildhall mug”. An administrator will get in touch.').waitFor();
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size).toBe(1);
      await page.unroute(/\/api\/v1\/rewards\/reward-mug\/redemptions/);
      await expect(textOf(balance, new RegExp(`${start.balance - 60} points`))).resolves.toMatch(
        `You have ${start.balance - 60} points to spend`,
      );
      const mine = await api<{ items: { id: string; status: string; reward: { id: string } }[] }>(
        SOFIA,
        'GET',
        '/api/v1/me/redemptions',
      );
      expect(mine.items.filter((r) => r.reward.id === 'reward-mug')).toHaveLength(1);
      await expect(textOf(mug, /24 left/)).resolves.toMatch(/24 left[\s\S]*You redeemed 1 of 2/);
      const row = page.getByTestId('my-redemptions').locator('li').first();
      await expect(textOf(row)).resolves.toMatch(
        /Guildhall mug[\s\S]*Requested .* · 60 points[\s\S]*Requested/,
      );
      await page.screenshot({ path: shot('game-rewards-en'), fullPage: true });

      // Changed her mind: the points come back.
      await row.getByRole('button', { name: 'Cancel the request for “Guildhall mug”' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Cancel this request?' });
      await expect(textOf(confirm)).resolves.toMatch(/Your 60 points come back to your balance\./);
      await confirm.getByRole('button', { name: 'Cancel request' }).click();
      await toast(page, 'Request cancelled: 60 points are back.').waitFor();
      await expect(textOf(balance, new RegExp(`${start.balance} points`))).resolves.toMatch(
        `You have ${start.balance} points to spend`,
      );
      await expect(textOf(row, /Cancelled/)).resolves.toMatch(/Cancelled/);
      expect((await progressOf(SOFIA)).balance).toBe(start.balance);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('says why a reward cannot be redeemed: out of stock, too expensive, or refused by the server', async () => {
      // The conference's last seat went elsewhere.
      const catalogue = await api<{
        items: {
          id: string;
          etag: string;
          name: object;
          description: object;
          type: string;
          cost: number;
          perMemberLimit: number;
        }[];
      }>(CAMILLE, 'GET', '/api/v1/rewards?all=true');
      const conference = catalogue.items.find((r) => r.id === 'reward-conference')!;
      await api(CAMILLE, 'PUT', '/api/v1/rewards/reward-conference', {
        name: conference.name,
        description: conference.description,
        type: conference.type,
        cost: conference.cost,
        stock: 0,
        perMemberLimit: conference.perMemberLimit,
        active: true,
      });
      const camille = await progressOf(CAMILLE);
      const { context, page } = await open(CAMILLE, '#/rewards');
      const card = page.locator('[data-reward-id="reward-conference"]');
      await expect(textOf(card, /Out of stock/)).resolves.toMatch(
        /Out of stock[\s\S]*Out of stock: none left/,
      );
      const redeem = card.getByRole('button', { name: /Redeem “A ticket to a data conference”/ });
      await expect(redeem.getAttribute('aria-disabled')).resolves.toBe('true');
      await expect(redeem.getAttribute('aria-describedby')).resolves.toBeTruthy();
      const seat = page.locator('[data-reward-id="reward-leaders-circle"]');
      await expect(textOf(seat, /You need/)).resolves.toContain(
        `You need ${300 - camille.balance} more points`,
      );

      // She can afford the coffee... until she spends on a mug from another window.
      const coffee = page.locator('[data-reward-id="reward-coffee-cdo"]');
      await coffee.getByRole('button', { name: /Redeem “Coffee with the Chief Data Officer”/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Redeem this reward?' });
      await api(CAMILLE, 'POST', '/api/v1/rewards/reward-mug/redemptions', { requestKey: 'other-window-1' });
      await dialog.getByRole('button', { name: 'Spend 150 points' }).click();
      await expect(textOf(page.getByTestId('redeem-error'))).resolves.toBe(
        `This reward costs 150 points and you have ${camille.balance - 60}. Keep contributing!`,
      );
      await dialog.getByRole('button', { name: 'Not now' }).click();
      await expect(textOf(coffee, /You need/)).resolves.toContain(
        `You need ${150 - (camille.balance - 60)} more points`,
      );
      await page.screenshot({ path: shot('game-rewards-blocked-en'), fullPage: true });
      await context.close();
    });
  });

  describe('Everyone', () => {
    it('does not show the game settings to members who are not administrators', async () => {
      const { context, page } = await open(ALEX, '#/home');
      await page.getByRole('tab', { name: 'Moderation' }).waitFor();
      await expect(page.getByRole('tab', { name: 'Game settings' }).count()).resolves.toBe(0);
      await page.goto(`${session.app.baseUrl}/tab/?locale=en-US&devUser=${ALEX}#/game`);
      await page.getByRole('heading', { name: 'This page is for administrators' }).waitFor();
      await expect(page.getByRole('button', { name: /Save/ }).count()).resolves.toBe(0);
      await context.close();
    });

    it('speaks French in a French locale', async () => {
      const { context, page, errors } = await open(INES, '#/progress', { locale: 'fr-FR', theme: 'dark' });
      await page.getByRole('heading', { level: 1, name: 'Ma progression' }).waitFor();
      await expect(textOf(page.getByTestId('progress-summary'), /Niveau/)).resolves.toMatch(
        /Votre niveau[\s\S]*Niveau 2 · Contributeur[\s\S]*points gagnés[\s\S]*pour Habitué/,
      );
      await expect(page.getByRole('heading', { name: 'Mes badges' }).count()).resolves.toBe(1);
      await expect(
        page.getByRole('switch', { name: 'Ne pas m’afficher dans les classements publics' }).count(),
      ).resolves.toBe(1);
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-progress-fr-dark'), fullPage: true });

      await page.getByRole('tab', { name: 'Classement' }).click();
      await page.getByRole('tab', { name: 'Depuis le début' }).click();
      await expect(textOf(page.getByTestId('my-rank'), /Vous êtes/)).resolves.toMatch(
        /Vous êtes n° \d+ avec \d+ points/,
      );
      await page.getByRole('tab', { name: 'Remerciements' }).click();
      await expect(textOf(page.getByTestId('kudos-allowance'))).resolves.toMatch(
        /Il vous reste \d remerciements sur 5 cette semaine/,
      );
      // The demo's kudos, in French: the value comes from the charter in the reader's language.
      await expect(
        textOf(page.getByTestId('recent-kudos'), /Pour « Reconnaître généreusement »/),
      ).resolves.toMatch(/Alex Morgan a remercié Camille Durand[\s\S]*Pour « Reconnaître généreusement »/);
      await page.getByRole('tab', { name: 'Récompenses' }).click();
      await expect(textOf(page.locator('[data-reward-id="reward-mug"]'))).resolves.toMatch(
        /Mug Guildhall[\s\S]*60 points[\s\S]*restants[\s\S]*Limite : 2 par personne[\s\S]*Obtenir/,
      );
      await expectAccessible(page);
      await page.screenshot({ path: shot('game-rewards-fr-dark'), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    });

    it.each([
      ['progress', '#/progress', 'history'],
      ['leaderboard', '#/leaderboard?period=all', 'board-top'],
      ['kudos', '#/kudos', 'recent-kudos'],
      ['rewards', '#/rewards', 'reward-catalogue'],
    ])(
      'fits a 360-pixel phone and has no serious axe violations in high contrast (%s)',
      async (name, hash, testId) => {
        const { context, page } = await open(MATHIEU, hash, { width: 360, theme: 'contrast' });
        await page.getByTestId(testId).waitFor();
        await expect(mainOverflow(page)).resolves.toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await page.screenshot({ path: shot(`game-${name}-phone-contrast`), fullPage: true });
        await context.close();
      },
    );
  });
});
