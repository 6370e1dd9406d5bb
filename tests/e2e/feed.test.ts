/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { asMember } from '../support/api-client';
import {
  eventually,
  expectAccessible,
  member,
  shot,
  tabSession,
  toast,
  type OpenOptions,
} from '../support/e2e';

/**
 * The feed, the composer, the post page, search and saved posts, used as people use them: the real
 * server with the demo community (dev mode), Debian's Chromium, one browser context per person.
 */

/** Demo members (bot/src/seed/demo-community.ts). */
const CAMILLE = member('a1'); // admin, in every circle, including both private ones
const ALEX = member('a2'); // animator, in the private "Data leaders"
const INES = member('a3'); // in MLOps and the private Lyon pod
const PRIYA = member('a4'); // has not accepted the charter
const JULIEN = member('a5');
const SOFIA = member('a6'); // in no private circle
const HANNAH = member('a8');
const MATHIEU = member('a9'); // in MLOps

const PRIVATE_TITLES = [
  'Budget season: how we justified our GPU spend', // Data leaders
  'Le guide de style dataviz que nous critiquerons jeudi', // Pod Lyon
];

jest.setTimeout(60_000);

describe('Feed, posts, search and saved posts in Chromium', () => {
  const session = tabSession();

  /** Opens the tab as a member. Query parameters before the hash stay for the whole visit. */
  const open = (as: string, hash: string, options: OpenOptions = {}) =>
    // Copying a link needs the clipboard; a person's browser grants it after a click.
    session.open(as, hash, { ...options, permissions: ['clipboard-read', 'clipboard-write'] });

  const postCard = (page: Page, title: string): Locator =>
    page.locator('article[data-post-id]').filter({ has: page.getByRole('heading', { name: title }) });

  /** Every post title of the feed, loading pages until the end ("Show more"). */
  const allFeedTitles = async (page: Page): Promise<string[]> => {
    await page.locator('article[data-post-id]').first().waitFor();
    for (let i = 0; i < 20; i++) {
      const more = page.getByRole('button', { name: 'Show more' });
      const end = page.getByText('You have seen everything for now.');
      await more.or(end).first().waitFor();
      if (await end.isVisible()) break;
      await more.click();
      await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'));
    }
    return page.locator('article[data-post-id] h2').allTextContents();
  };

  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('shows the demo feed, with private-circle posts only to their members, and no post twice', async () => {
    const camille = await open(CAMILLE, '#/feed');
    await camille.page.getByRole('heading', { level: 1, name: 'Feed' }).waitFor();
    const titles = await allFeedTitles(camille.page);
    expect(titles).toEqual(
      expect.arrayContaining([
        ...PRIVATE_TITLES,
        'Is it OK to admit I do not understand our forecasting model?',
      ]),
    );
    const ids = await camille.page
      .locator('article[data-post-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-post-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await camille.page.screenshot({ path: shot('feed-light-en'), fullPage: true });
    expect(camille.errors).toEqual([]);

    const sofia = await open(SOFIA, '#/feed');
    const hers = await allFeedTitles(sofia.page);
    expect(hers.length).toBeGreaterThan(3);
    for (const title of PRIVATE_TITLES) expect(hers).not.toContain(title);
  });

  it('marks what is new since the last visit and says when I am caught up', async () => {
    // Hannah was last seen long ago: the recent posts are new to her, older ones are not.
    const { page } = await open(HANNAH, '#/feed');
    await page.locator('article[data-post-id]').first().waitFor();
    const newBadges = page.locator('article[data-post-id]').getByText('New', { exact: true });
    await expect(newBadges.count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('You’re all caught up').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: shot('feed-caught-up-en'), fullPage: true });
  });

  it('writes an article with markdown and a mention, previews it, and sees it first in the feed', async () => {
    const { page, errors } = await open(ALEX, '#/feed');
    await page.getByRole('button', { name: /Share something/ }).click();
    await page.getByLabel('Title').fill('Shipping an eval dashboard in a week');
    const body = page.getByRole('textbox', { name: /^Text/ });
    await body.fill('We built it with **three people** and lots of coffee. Thanks @Pri');
    const option = page.getByRole('option', { name: /Priya Raman/ });
    await option.waitFor();
    await body.press('Enter');
    await expect(body.inputValue()).resolves.toContain(`@[Priya Raman](${PRIYA})`);
    const tags = page.getByRole('textbox', { name: 'Tags' });
    await tags.fill('evaluation, dashboards');
    await tags.press('Enter');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(page.locator('.mention').first().textContent()).resolves.toBe('@Priya Raman');
    await expect(page.getByRole('region', { name: 'Preview' }).locator('strong').textContent()).resolves.toBe(
      'three people',
    );
    await page.screenshot({ path: shot('composer-preview-en'), fullPage: true });
    await page.getByRole('tab', { name: 'Write' }).click();
    // Ctrl+Enter publishes.
    await page.getByRole('textbox', { name: /^Text/ }).press('Control+Enter');

    await page.getByText('Your post is live in').waitFor();
    const first = page.locator('article[data-post-id]').first();
    await expect(first.getByRole('heading').first().textContent()).resolves.toBe(
      'Shipping an eval dashboard in a week',
    );
    await expect(first.locator('strong').first().textContent()).resolves.toBe('three people');
    await expect(first.locator('.mention').textContent()).resolves.toBe('@Priya Raman');
    await expect(first.getByRole('link', { name: '#dashboards' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: shot('feed-published-en'), fullPage: true });

    // The draft is gone once published: a reload shows the empty prompt, and the post is still there.
    await page.reload();
    await page.getByRole('button', { name: /Share something with the community/ }).waitFor();
    await postCard(page, 'Shipping an eval dashboard in a week').waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps an unfinished draft through a reload', async () => {
    const { page } = await open(JULIEN, '#/feed');
    await page.getByRole('button', { name: /Share something/ }).click();
    await page.getByLabel('Title').fill('Half-written thoughts on budgets');
    await page.reload();
    await page.getByRole('button', { name: 'Continue your draft…' }).click();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Half-written thoughts on budgets');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('');
  });

  it('saves a draft, finds it under "Your drafts", and publishes it later; scheduling is for animators', async () => {
    const sofia = await open(SOFIA, '#/feed');
    await sofia.page.getByRole('button', { name: /Share something/ }).click();
    await sofia.page.getByRole('radio', { name: 'Publish now' }).waitFor();
    await expect(sofia.page.getByRole('radio', { name: 'Schedule' }).count()).resolves.toBe(0);
    await expect(sofia.page.getByRole('radio', { name: 'Announcement' }).count()).resolves.toBe(0);

    const { page } = await open(ALEX, '#/feed');
    await page.getByRole('button', { name: /Share something/ }).click();
    await expect(page.getByRole('radio', { name: 'Schedule' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Title').fill('Notes from the evaluation guild');
    await page.getByRole('radio', { name: 'Save as draft' }).check();
    await page.getByRole('checkbox', { name: 'Ready for the editorial stock' }).check();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('It is in the editorial stock').waitFor();
    const drafts = page.getByRole('region', { name: 'Your drafts' });
    await drafts.getByRole('link', { name: 'Notes from the evaluation guild' }).click();
    await page.getByText('Draft, ready for the editorial stock').waitFor();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await toast(page, 'Published: everyone in the circle can see it now.').waitFor();
    await expect(page.getByRole('button', { name: 'Publish now' }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: /Comments/ }).waitFor();
  });

  it('copies a link to my post, edits it (marked "edited"), and deletes it after confirming', async () => {
    const created = await asMember(session.app, JULIEN).post<{ id: string }>('/api/v1/posts', {
      circleId: 'community',
      type: 'article',
      title: 'Month-end close, automated',
      body: 'How finance saved two days.',
    });
    expect(created.status).toBe(201);
    const { page } = await open(JULIEN, `#/post/${created.body.id}`);
    const more = page.getByRole('button', { name: /More actions for/ });
    await more.click();
    await page.getByRole('menuitem', { name: 'Copy link' }).click();
    await toast(page, 'Link copied.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(
      new RegExp(`#/post/${created.body.id}$`),
    );

    await more.click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Month-end close, automated (with scripts)');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Month-end close, automated (with scripts)' })
      .waitFor();
    await expect(page.getByText('· edited').isVisible()).resolves.toBe(true);

    await more.click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'This post was deleted' }).waitFor();
    const gone = await asMember(session.app, JULIEN).get(`/api/v1/posts/${created.body.id}`);
    expect(gone.status).toBe(404);
  });

  it('reacts and saves a post; both survive a reload, and saving offers an Undo', async () => {
    const title = 'Bienvenue dans la communauté Data & IA !';
    const { page } = await open(JULIEN, '#/feed');
    const card = postCard(page, title);
    const like = card.locator('[data-reaction="like"]');
    const before = Number((await like.textContent()) || '0');
    await like.click();
    await expect(like.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(like.textContent()).resolves.toBe(String(before + 1));
    await card.getByRole('button', { name: 'Save for later' }).click();
    await toast(page, 'Saved for later.').waitFor();

    await page.reload();
    const again = postCard(page, title);
    await expect(again.locator('[data-reaction="like"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(
      again.getByRole('button', { name: 'Save for later' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved posts' }).waitFor();
    const saved = postCard(page, title);
    await saved.waitFor();
    await page.screenshot({ path: shot('saved-en'), fullPage: true });

    // Unsaving is undone from the notice.
    await saved.getByRole('button', { name: 'Save for later' }).click();
    await toast(page, 'Removed from your saved posts.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    const pressed = () => saved.getByRole('button', { name: 'Save for later' }).getAttribute('aria-pressed');
    await expect(eventually(pressed, (value) => value === 'true')).resolves.toBe('true');
    const bookmarks = await asMember(session.app, JULIEN).get<{ items: { id: string }[] }>(
      '/api/v1/bookmarks',
    );
    expect(bookmarks.body.items.map((p) => p.id)).toContain('welcome-announcement');
  });

  it('takes a reaction back when the server refuses it', async () => {
    const { page } = await open(SOFIA, '#/feed');
    await page.route('**/api/v1/posts/*/reaction', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'SERVER.UNAVAILABLE', message: 'Guildhall is busy or restarting.' },
        }),
      }),
    );
    const card = page.locator('article[data-post-id]').first();
    const celebrate = card.locator('[data-reaction="celebrate"]');
    const before = {
      pressed: await celebrate.getAttribute('aria-pressed'),
      count: await celebrate.textContent(),
    };
    await celebrate.click();
    await toast(page, 'That did not work: Guildhall is busy or restarting.').waitFor();
    await expect(celebrate.getAttribute('aria-pressed')).resolves.toBe(before.pressed);
    await expect(celebrate.textContent()).resolves.toBe(before.count);
  });

  it('answers a question, replies, and lets its author accept the answer', async () => {
    const ines = asMember(session.app, INES);
    const created = await ines.post<{ id: string }>('/api/v1/posts', {
      circleId: 'mlops',
      type: 'question',
      title: 'Which drift metric do you alert on?',
      body: 'PSI, KS, or something else?',
      tags: ['mlops'],
    });
    expect(created.status).toBe(201);
    const hash = `#/post/${created.body.id}`;

    const mathieu = await open(MATHIEU, hash);
    await mathieu.page
      .getByRole('heading', { level: 1, name: 'Which drift metric do you alert on?' })
      .waitFor();
    await mathieu.page
      .getByRole('textbox', { name: 'Your answer' })
      .fill('PSI per feature, with a weekly review.');
    await mathieu.page.getByRole('button', { name: 'Answer', exact: true }).click();
    await mathieu.page.getByText('PSI per feature, with a weekly review.').waitFor();
    await expect(mathieu.page.getByRole('button', { name: 'Accept answer' }).count()).resolves.toBe(0);

    const asker = await open(INES, hash);
    const answer = asker.page.locator('article[data-comment-id]').filter({ hasText: 'PSI per feature' });
    await answer.getByRole('button', { name: 'Reply' }).click();
    const replyBox = asker.page.getByRole('textbox', { name: 'Reply to Mathieu Lefèvre' });
    await replyBox.fill('Thanks, we will try PSI.');
    await asker.page.locator('form').filter({ has: replyBox }).getByRole('button', { name: 'Reply' }).click();
    await asker.page.getByText('Thanks, we will try PSI.').waitFor();
    await answer.getByRole('button', { name: 'Accept answer' }).click();
    await answer.getByText('Accepted answer').waitFor();
    await asker.page.getByText('Answered', { exact: true }).waitFor();
    await asker.page.screenshot({ path: shot('post-accepted-answer-en'), fullPage: true });

    const post = await ines.get<{ acceptedAnswerId: string | null }>(`/api/v1/posts/${created.body.id}`);
    expect(post.body.acceptedAnswerId).toEqual(expect.any(String));
  });

  it('asks a question anonymously: others see "A member"; a moderator can reveal who asked, with a reason', async () => {
    const { page } = await open(SOFIA, '#/feed');
    await page.getByRole('button', { name: /Share something/ }).click();
    await page.getByRole('radio', { name: 'Question' }).click();
    await page.getByLabel('Title').fill('How do I say no to a dashboard request?');
    await page.getByRole('switch', { name: 'Ask anonymously' }).check();
    await expect(
      page.getByText(/Moderators can reveal who asked only through an audited action/).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const mine = postCard(page, 'How do I say no to a dashboard request?');
    await mine.getByText(/asked anonymously/).waitFor();
    const postId = await mine.getAttribute('data-post-id');

    const hannah = await open(HANNAH, `#/post/${postId}`);
    await hannah.page
      .getByRole('heading', { level: 1, name: 'How do I say no to a dashboard request?' })
      .waitFor();
    await expect(hannah.page.getByText('A member', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(hannah.page.getByText('Sofia Rossi').count()).resolves.toBe(0);
    await hannah.page.screenshot({ path: shot('post-anonymous-en'), fullPage: true });

    const camille = await open(CAMILLE, `#/post/${postId}`);
    await camille.page.getByRole('button', { name: 'Reveal author' }).click();
    const dialog = camille.page.getByRole('dialog');
    await expect(dialog.getByText(/recorded in the moderation audit log/).isVisible()).resolves.toBe(true);
    await dialog.getByRole('textbox').fill('Reported for harassment');
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await camille.page.getByText('This question was asked by Sofia Rossi.', { exact: false }).waitFor();
  });

  it('votes for an idea, and a moderator moves it along', async () => {
    const title = 'Idea: monthly data office hours for non-data teams';
    const { page } = await open(JULIEN, '#/feed');
    const vote = postCard(page, title).getByRole('button', { name: /^Vote · \d+$/ });
    const count = async () => Number(/\d+/.exec((await vote.textContent()) ?? '')?.[0]);
    const before = { voted: (await vote.getAttribute('aria-pressed')) === 'true', count: await count() };
    await vote.click();
    // A vote is given, or taken back if it was there; the count follows at once.
    await expect(vote.getAttribute('aria-pressed')).resolves.toBe(String(!before.voted));
    await expect(count()).resolves.toBe(before.count + (before.voted ? -1 : 1));
    await page.reload();
    await expect(
      postCard(page, title)
        .getByRole('button', { name: /^Vote · \d+$/ })
        .getAttribute('aria-pressed'),
    ).resolves.toBe(String(!before.voted));

    const camille = await open(CAMILLE, '#/post/idea-office-hours');
    await camille.page.getByRole('button', { name: /^Status:/ }).click();
    await camille.page.getByRole('menuitemradio', { name: 'Planned' }).click();
    await camille.page.getByRole('button', { name: 'Status: Planned' }).waitFor();
    const post = await asMember(session.app, JULIEN).get<{ ideaStatus: string }>(
      '/api/v1/posts/idea-office-hours',
    );
    expect(post.body.ideaStatus).toBe('planned');
  });

  it('reports a post to the moderators', async () => {
    const { page } = await open(HANNAH, '#/feed');
    const card = postCard(page, 'Idea: monthly data office hours for non-data teams');
    await card.getByRole('button', { name: /More actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Report' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Send report' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('radio', { name: 'Off topic' }).check();
    await dialog.getByRole('textbox').fill('Already discussed last month.');
    await page.waitForTimeout(300); // the dialog fades in
    await page.screenshot({ path: shot('report-dialog-en') });
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await toast(page, 'Thank you. The moderators will review it.').waitFor();

    const queue = await asMember(session.app, CAMILLE).get<{ items: { post: { id: string } }[] }>(
      '/api/v1/moderation/queue',
    );
    expect(queue.body.items.map((item) => item.post.id)).toContain('idea-office-hours');
  });

  it('explains what stops a post: the charter to accept, a held post, the server’s own field messages', async () => {
    const priya = await open(PRIYA, '#/feed');
    await priya.page.getByRole('button', { name: /Share something/ }).click();
    await priya.page.getByLabel('Title').fill('My first post');
    await priya.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await priya.page.getByText('Accept the charter first').waitFor();
    await expect(
      priya.page.getByRole('link', { name: 'Read and accept the charter' }).getAttribute('href'),
    ).resolves.toBe('#/home');

    const alex = await open(ALEX, '#/feed');
    await alex.page.getByRole('button', { name: /Share something/ }).click();
    // Too short a title is caught before anything is sent.
    await alex.page.getByLabel('Title').fill('Hi');
    await alex.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await alex.page.getByText('Write a title of at least 3 characters.').waitFor();
    // A watched word holds the post for a moderator.
    await alex.page.getByLabel('Title').fill('Beware of this scam offer');
    await alex.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await alex.page.getByText('Your post is waiting for a moderator').waitFor();
    await alex.page.screenshot({ path: shot('composer-held-en'), fullPage: true });

    // Whatever the server finds wrong is shown in its own words.
    await alex.page.route('**/api/v1/posts', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'REQUEST.INVALID',
                message: 'Some fields need attention: title (sounds like spam).',
                details: { fields: ['title (sounds like spam)'], in: 'body' },
              },
            }),
          })
        : route.fallback(),
    );
    await alex.page.getByRole('button', { name: /Share something/ }).click();
    await alex.page.getByLabel('Title').fill('Totally normal title');
    await alex.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await alex.page
      .getByText(/sounds like spam/)
      .first()
      .waitFor();

    // Posting too fast: the server says when to come back.
    await alex.page.unroute('**/api/v1/posts');
    await alex.page.route('**/api/v1/posts', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 429,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'POST.RATE_LIMITED',
                message: 'You have posted a lot in the last hour. Try again in 20 minutes.',
                details: { retryAfterSeconds: 1200 },
              },
            }),
          })
        : route.fallback(),
    );
    await alex.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await alex.page.getByText('Time for a short break').waitFor();
    await expect(alex.page.getByText(/Try again in 20 minutes\./).isVisible()).resolves.toBe(true);
  });

  it('searches posts and circles from the feed', async () => {
    const { page } = await open(SOFIA, '#/feed');
    await page.getByRole('searchbox', { name: 'Search posts and circles' }).fill('evaluation harness');
    await page.getByRole('searchbox', { name: 'Search posts and circles' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/search\?q=evaluation\+harness/);
    await postCard(page, 'How we built an evaluation harness for our support assistant').waitFor();

    await page.getByRole('searchbox', { name: 'Search posts and circles' }).fill('mlops');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('heading', { name: 'Circles' }).waitFor();
    await expect(
      page
        .getByRole('link', { name: /MLOps & plateformes/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: shot('search-en'), fullPage: true });

    // A private post is not found by someone outside its circle.
    await page.getByRole('searchbox', { name: 'Search posts and circles' }).fill('GPU spend');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Nothing found for “GPU spend”').waitFor();
    await page.screenshot({ path: shot('search-empty-en'), fullPage: true });
  });

  it('shows empty, error and not-found states', async () => {
    const { page } = await open(SOFIA, '#/feed');
    await page.route('**/api/v1/feed*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ items: [], newCount: 0 }),
      }),
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Your feed is waiting for you' }).waitFor();
    await expect(page.getByRole('link', { name: 'Find circles to join' }).getAttribute('href')).resolves.toBe(
      '#/circles',
    );
    await page.screenshot({ path: shot('feed-empty-en'), fullPage: true });

    await page.unroute('**/api/v1/feed*');
    let failing = true;
    await page.route('**/api/v1/feed*', (route) =>
      failing
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'SERVER.UNAVAILABLE',
                message: 'Guildhall is busy or restarting.',
                requestId: 'req-9',
              },
            }),
          })
        : route.fallback(),
    );
    await page.reload();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Guildhall is busy or restarting\./);
    await page.screenshot({ path: shot('feed-error-en'), fullPage: true });
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('article[data-post-id]').first().waitFor();

    // A post of a private circle and a post that does not exist look the same from outside.
    for (const id of ['leaders-budget', 'no-such-post']) {
      await page.goto(`${session.app.baseUrl}/tab/?devUser=${SOFIA}&locale=en-US#/post/${id}`);
      await page.getByRole('heading', { name: 'This post does not exist or is private' }).waitFor();
    }
    await page.screenshot({ path: shot('post-not-found-en'), fullPage: true });
  });

  it('reads in French, in the dark theme', async () => {
    const { page, errors } = await open(INES, '#/feed', { locale: 'fr-FR', theme: 'dark' });
    await page.getByRole('heading', { level: 1, name: 'Fil' }).waitFor();
    await expect(page.getByRole('button', { name: /Partagez quelque chose/ }).isVisible()).resolves.toBe(
      true,
    );
    await page.locator('article[data-post-id]').first().waitFor();
    await page.screenshot({ path: shot('feed-dark-fr'), fullPage: true });
    await page.getByRole('button', { name: /Partagez quelque chose/ }).click();
    await page.getByRole('radio', { name: 'Question' }).click();
    await page.screenshot({ path: shot('composer-dark-fr'), fullPage: true });
    await page.goto(
      `${session.app.baseUrl}/tab/?devUser=${INES}&locale=fr-FR&theme=dark#/post/feature-store-question`,
    );
    await page.getByRole('heading', { name: /Réponses/ }).waitFor();
    await page.screenshot({ path: shot('post-dark-fr'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('fits a 360-pixel phone: feed, post page and the composer as a full-screen dialog', async () => {
    const { page } = await open(HANNAH, '#/feed', { width: 360, height: 780 });
    await page.locator('article[data-post-id]').first().waitFor();
    await expect(noHorizontalScroll(page)).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('feed-phone-en'), fullPage: true });
    await page.getByRole('button', { name: /Share something/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').waitFor();
    await expect(noHorizontalScroll(page)).resolves.toBeLessThanOrEqual(0);
    await page.waitForTimeout(400); // the dialog fades in
    await page.screenshot({ path: shot('composer-phone-en') });
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await page.goto(`${session.app.baseUrl}/tab/?devUser=${HANNAH}&locale=en-US#/post/welcome-announcement`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(noHorizontalScroll(page)).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('post-phone-en'), fullPage: true });
  });

  it.each<[string, string, OpenOptions['theme']]>([
    ['feed', '#/feed', 'default'],
    ['post page', '#/post/feature-store-question', 'dark'],
    ['search', '#/search?q=community', 'contrast'],
  ])('has no serious accessibility violations on the %s (axe)', async (name, hash, theme) => {
    const { page } = await open(CAMILLE, hash, { theme });
    await page.locator('article[data-post-id]').first().waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: shot(`a11y-${name.replace(' ', '-')}-${theme}`), fullPage: true });
  });

  it('has no serious accessibility violations in the composer dialog (axe)', async () => {
    const { page } = await open(CAMILLE, '#/feed', { width: 390, height: 844 });
    await page.getByRole('button', { name: /Share something/ }).click();
    await page.getByRole('dialog').getByLabel('Title').waitFor();
    await page.getByRole('radio', { name: 'Link' }).click();
    await expectAccessible(page);
  });
});
