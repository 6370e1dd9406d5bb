/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { builtTabDir } from '../../bot/src/paths';
import { XSS_CORPUS } from '../fixtures/xss-corpus';
import { asMember } from '../support/api-client';
import { isolatedContext, launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const CAMILLE = 'c0ffee00-0000-4000-8000-0000000000a1';
const ALEX = 'c0ffee00-0000-4000-8000-0000000000a2';
const SOFIA = 'c0ffee00-0000-4000-8000-0000000000a6';

const tabDir = builtTabDir();
if (!existsSync(join(tabDir, 'index.html')))
  throw new Error('The tab is not built: run "npm run build:tab".');

/**
 * The XSS corpus goes the way a member's text goes: through the API into the store, and back
 * through the API into the real Feed and Post screens in Chromium, as posts (title and body) and as
 * comments. Nothing may run: `window.__xss` is a trap every payload would spring.
 */
describe('XSS corpus stored through the API never executes in the tab', () => {
  let t: TestApp;
  let browser: Browser;
  const postIds: string[] = [];
  let commentedPostId: string;

  beforeAll(async () => {
    t = await startTestApp({ tabDir });
    const camille = asMember(t, CAMILLE);
    const alex = asMember(t, ALEX);
    for (const m of [camille, alex, asMember(t, SOFIA)]) {
      await m.get('/api/v1/me');
      await m.put('/api/v1/charter/acknowledgement', { version: 1 });
    }
    await camille.put('/api/v1/community/settings', {
      rateLimits: { postsPerHour: 1000, commentsPerHour: 1000 },
    });
    for (const payload of XSS_CORPUS) {
      const res = await alex.post<{ id: string }>('/api/v1/posts', {
        circleId: 'community',
        type: 'article',
        title: `XSS ${payload.id} ${payload.markdown}`.slice(0, 200),
        body: payload.markdown,
      });
      expect(res.status).toBe(201);
      postIds.push(res.body.id);
    }
    commentedPostId = postIds[0]!;
    for (const payload of XSS_CORPUS) {
      const res = await alex.post(`/api/v1/posts/${commentedPostId}/comments`, { body: payload.markdown });
      expect(res.status).toBe(201);
    }
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A page whose `__xss` trap records what fired, and where any dialog counts as a hole. */
  const trappedPage = async (): Promise<{
    page: Page;
    fired: () => Promise<number[]>;
    dialogs: string[];
  }> => {
    const context = await isolatedContext(browser, t.baseUrl);
    await context.addInitScript(() => {
      const w = window as unknown as { __xss: (n: number) => void; __fired: number[] };
      w.__fired = [];
      w.__xss = (n: number) => w.__fired.push(n);
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return {
      page,
      dialogs,
      fired: () => page.evaluate(() => (window as unknown as { __fired: number[] }).__fired),
    };
  };

  /** Nothing dangerous made it into the DOM of the tab. */
  const assertCleanDom = async (page: Page) => {
    const found = await page.evaluate(() => {
      const root = document.getElementById('root')!;
      const problems: string[] = [];
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        // (Forms are the tab's own composer and comment box; a hostile form would show by its action.)
        if (['script', 'object', 'embed', 'base', 'meta'].includes(tag)) problems.push(`<${tag}>`);
        // Video players are Guildhall's own iframes (known hosts only); user content never makes one.
        if (
          tag === 'iframe' &&
          !/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(el.getAttribute('src') ?? '')
        ) {
          problems.push('<iframe>');
        }
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) problems.push(`${tag}[${attr.name}]`);
          if (
            /^\s*(javascript|vbscript|data):/i.test(attr.value) &&
            ['href', 'src', 'action', 'xlink:href', 'formaction'].includes(attr.name)
          ) {
            problems.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`);
          }
        }
      }
      return problems;
    });
    expect(found).toEqual([]);
  };

  it(`renders ${XSS_CORPUS.length} hostile posts in the feed without running any of them`, async () => {
    const { page, fired, dialogs } = await trappedPage();
    await page.goto(`${t.baseUrl}/tab/?devUser=${SOFIA}&locale=en-US#/feed`);
    await page.getByRole('article').first().waitFor({ timeout: 15_000 });
    // Scroll through every page of the feed so every payload is rendered.
    for (let n = 0; n < 30; n++) {
      const more = page.getByRole('button', { name: /show more/i });
      if ((await more.count()) === 0) break;
      await more.first().click();
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(500);
    const rendered = await page.locator('article').count();
    expect(rendered).toBeGreaterThanOrEqual(XSS_CORPUS.length);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'xss-feed.png') });
    expect(await fired()).toEqual([]);
    expect(dialogs).toEqual([]);
    await assertCleanDom(page);
    // Scrolling through some ten pages of the feed takes a while on a busy 2-core machine.
  }, 90_000);

  it('renders every hostile comment on a post page without running any of them, and follows no script link', async () => {
    const { page, fired, dialogs } = await trappedPage();
    await page.goto(`${t.baseUrl}/tab/?devUser=${SOFIA}&locale=en-US#/post/${commentedPostId}`);
    await page.getByText(`XSS ${XSS_CORPUS[0]!.id}`, { exact: false }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(800);
    // Click every link user content produced: none may navigate to a script URL.
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const links = page.locator('#root a[href]');
    const count = await links.count();
    for (let n = 0; n < count; n++) {
      const href = (await links.nth(n).getAttribute('href')) ?? '';
      expect(href).not.toMatch(/^\s*(javascript|vbscript|data):/i);
    }
    expect(navigations.filter((url) => /^(javascript|vbscript|data):/i.test(url))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'xss-post.png') });
    expect(await fired()).toEqual([]);
    expect(dialogs).toEqual([]);
    await assertCleanDom(page);
  });
});
