/// <reference lib="dom" />
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { XSS_CORPUS, XSS_MENTION_ID } from '../fixtures/xss-corpus';
import { isolatedContext, launchBrowser } from '../support/browser';

/**
 * The tab's real renderMarkdown (markdown-it + DOMPurify, bundled by esbuild exactly as written)
 * in Debian's Chromium. The test page has NO Content-Security-Policy on purpose: the tab's CSP
 * would stop inline handlers anyway, and this test must prove the renderer alone is safe.
 */

declare global {
  interface Window {
    __xss: (id: number) => void;
    __xssCalls: number[];
    renderMarkdown: (
      source: string,
      options?: { mentions?: Record<string, string>; headingOffset?: number },
    ) => string;
  }
}

const RENDERER = join(__dirname, '..', '..', 'tab', 'src', 'components', 'Markdown', 'render-markdown.ts');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>markdown</title>
<script>window.__xssCalls = []; window.__xss = function (id) { window.__xssCalls.push(id); };</script>
<script src="/render.js"></script>
</head><body><main id="out"></main></body></html>`;

/** Tags the renderer may produce; anything else in the output is a failure. */
const ALLOWED_TAGS = new Set(
  'p br hr h1 h2 h3 h4 h5 h6 strong em s del code pre blockquote ul ol li a table thead tbody tr th td span'.split(
    ' ',
  ),
);

interface Finding {
  payload: string;
  problem: string;
}

describe('renderMarkdown in Chromium', () => {
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Every page and navigation the browser opened, to prove no javascript:/data: URL was followed. */
  const opened: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      stdin: {
        contents: `import { renderMarkdown } from ${JSON.stringify(RENDERER)}; window.renderMarkdown = renderMarkdown;`,
        resolveDir: join(__dirname, '..', '..', 'tab'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]!.text;
    server = http.createServer((req, res) => {
      if (req.url === '/render.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(script);
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  beforeEach(async () => {
    context = await isolatedContext(browser, origin);
    page = await context.newPage();
    page.on('framenavigated', (frame) => opened.push(frame.url()));
    page.on('popup', (popup) => {
      opened.push(popup.url());
      popup.on('framenavigated', (frame) => opened.push(frame.url()));
      void popup.close().catch(() => undefined); // already gone: nothing to close
    });
    await page.goto(`${origin}/`);
  });

  afterEach(async () => {
    await context?.close();
  });

  it(`runs none of the ${XSS_CORPUS.length} payloads of the XSS corpus`, async () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_CORPUS.map((p) => p.markdown)).size).toBe(XSS_CORPUS.length);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const rendered = await page.evaluate(
      ({ corpus, mentionId }) => {
        const out = document.getElementById('out')!;
        const html: Record<number, string> = {};
        for (const payload of corpus) {
          const section = document.createElement('section');
          section.dataset['payload'] = String(payload.id);
          // What React's dangerouslySetInnerHTML does.
          section.innerHTML = html[payload.id] = window.renderMarkdown(payload.markdown, {
            mentions: { [mentionId]: 'Ann Lee' },
          });
          out.append(section);
        }
        return html;
      },
      { corpus: XSS_CORPUS, mentionId: XSS_MENTION_ID },
    );

    // What reached the DOM, checked before anything is clicked: only allowed tags, no handlers,
    // no styles, no URL attribute but a safe href, and every link opening safely.
    const findings = await page.evaluate(
      (allowed) => {
        const found: { payload: string; problem: string }[] = [];
        for (const element of Array.from(document.querySelectorAll('#out section *'))) {
          const payload = element.closest('section')?.dataset['payload'] ?? '?';
          const tag = element.tagName.toLowerCase();
          if (!allowed.includes(tag)) found.push({ payload, problem: `<${tag}> element` });
          for (const attr of Array.from(element.attributes)) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) found.push({ payload, problem: `${name} attribute` });
            if (name === 'style') found.push({ payload, problem: 'style attribute' });
            if (
              ['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'background'].includes(name)
            ) {
              found.push({ payload, problem: `${name} attribute` });
            }
            if (name === 'href' && !/^(https?:\/\/|mailto:)/i.test(attr.value)) {
              found.push({ payload, problem: `href ${attr.value}` });
            }
          }
          if (tag === 'a' && element.hasAttribute('href')) {
            if (element.getAttribute('target') !== '_blank') {
              found.push({ payload, problem: 'link without target' });
            }
            if (element.getAttribute('rel') !== 'noopener noreferrer nofollow') {
              found.push({ payload, problem: `link rel ${element.getAttribute('rel')}` });
            }
          }
        }
        return found;
      },
      [...ALLOWED_TAGS],
    );
    const rawTags: Finding[] = Object.entries(rendered).flatMap(([payload, html]) =>
      /<(script|iframe|svg|math|style|img|object|embed|form|input)\b/i.test(html)
        ? [{ payload, problem: `raw tag in ${html}` }]
        : [],
    );
    expect([...findings, ...rawTags]).toEqual([]);

    // Give error and load handlers, animations and autofocus a moment.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__xssCalls)).toEqual([]);

    // Then every other trigger, and a click on every link, as a reader would (mailto: hands over
    // to a mail client: nothing to run). Popups go nowhere (the context reaches only the test
    // server) and are closed at once.
    await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll('#out *'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'animationstart', 'toggle']) {
          element.dispatchEvent(new Event(type, { bubbles: true }));
        }
      }
    });
    const clickErrors: string[] = [];
    const links = await page.locator('#out a:not([href^="mailto:"])').all();
    expect(links.length).toBeGreaterThan(0); // safe links survive, and are clicked
    for (const link of links) {
      await link
        .click({ timeout: 2000, force: true })
        .catch((error: Error) => clickErrors.push(error.message));
    }
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => window.__xssCalls)).toEqual([]);
    expect(opened.filter((url) => /^(javascript|data|vbscript):/i.test(url))).toEqual([]);
    expect(page.url()).toBe(`${origin}/`); // nothing navigated the page itself away
    expect(clickErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('still renders ordinary markdown: headings, lists, code, tables, links and mentions', async () => {
    const source = [
      '# Welcome',
      '## Agenda',
      '',
      'Some **bold**, *italic*, ~~struck~~ and `inline code`.',
      'A second line',
      '',
      '- one',
      '- two',
      '',
      '3. three',
      '4. four',
      '',
      '> quoted',
      '',
      '```ts',
      'const answer = 42;',
      '```',
      '',
      '| Name | Score |',
      '| :--- | ----: |',
      '| Ann  | 12    |',
      '',
      '[Docs](https://learn.microsoft.com/ "The docs") and https://contoso.example/page and mail ann@contoso.example',
      '',
      `Thanks @[Ann Lee](${XSS_MENTION_ID}) and @[Someone](unknown-member)!`,
      '',
      '![diagram](https://contoso.example/diagram.png)',
    ].join('\n');

    const result = await page.evaluate(
      ({ source, mentionId }) => {
        const out = document.getElementById('out')!;
        out.innerHTML = window.renderMarkdown(source, { mentions: { [mentionId]: 'Ann Lee' } });
        const text = (selector: string) =>
          Array.from(out.querySelectorAll(selector)).map((e) => e.textContent);
        return {
          h1: text('h1'),
          h2: text('h2'),
          listItems: text('ul > li'),
          olStart: out.querySelector('ol')?.getAttribute('start'),
          strong: text('strong'),
          em: text('em'),
          del: text('s, del'),
          inlineCode: text('p code'),
          pre: out.querySelector('pre')?.textContent,
          preTabIndex: out.querySelector('pre')?.getAttribute('tabindex'),
          codeClass: out.querySelector('pre code')?.getAttribute('class'),
          quote: out.querySelector('blockquote')?.textContent?.trim(),
          breaks: out.querySelectorAll('p br').length,
          headers: text('th'),
          rightAligned: text('td.md-align-right'),
          links: Array.from(out.querySelectorAll('a')).map((a) => ({
            text: a.textContent,
            href: a.getAttribute('href'),
            target: a.getAttribute('target'),
            rel: a.getAttribute('rel'),
            title: a.getAttribute('title'),
          })),
          mentions: Array.from(out.querySelectorAll('span.mention')).map((s) => ({
            text: s.textContent,
            id: s.getAttribute('data-member-id'),
          })),
          images: out.querySelectorAll('img').length,
          text: out.textContent,
        };
      },
      { source, mentionId: XSS_MENTION_ID },
    );

    expect(result).toMatchObject({
      h1: ['Welcome'],
      h2: ['Agenda'],
      listItems: ['one', 'two'],
      olStart: '3',
      strong: ['bold'],
      em: ['italic'],
      del: ['struck'],
      inlineCode: ['inline code'],
      pre: 'const answer = 42;\n',
      preTabIndex: '0',
      codeClass: 'language-ts',
      quote: 'quoted',
      breaks: 1,
      headers: ['Name', 'Score'],
      rightAligned: ['12'],
      mentions: [{ text: '@Ann Lee', id: XSS_MENTION_ID }],
      images: 0,
    });
    const rel = 'noopener noreferrer nofollow';
    expect(result.links).toEqual([
      { text: 'Docs', href: 'https://learn.microsoft.com/', target: '_blank', rel, title: 'The docs' },
      {
        text: 'https://contoso.example/page',
        href: 'https://contoso.example/page',
        target: '_blank',
        rel,
        title: null,
      },
      { text: 'ann@contoso.example', href: 'mailto:ann@contoso.example', target: '_blank', rel, title: null },
      { text: 'diagram', href: 'https://contoso.example/diagram.png', target: '_blank', rel, title: null },
    ]);
    // A mention of someone who is not in the post's mentions stays plain text.
    expect(result.text).toContain('@Someone');
  });

  it('shifts headings by the offset, and escapes mention names when no mention list is given', async () => {
    const result = await page.evaluate(() => {
      const out = document.getElementById('out')!;
      out.innerHTML = window.renderMarkdown('# Title\n\n###### Deep\n\n@[<b>Ann</b> & co](member-42)', {
        headingOffset: 2,
      });
      return {
        h3: out.querySelector('h3')?.textContent,
        h6: out.querySelectorAll('h6').length,
        bold: out.querySelectorAll('b').length,
        mention: out.querySelector('span.mention')?.textContent,
        id: out.querySelector('span.mention')?.getAttribute('data-member-id'),
      };
    });
    expect(result).toEqual({ h3: 'Title', h6: 1, bold: 0, mention: '@<b>Ann</b> & co', id: 'member-42' });
  });
});
