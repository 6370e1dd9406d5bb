/// <reference lib="dom" />
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolatedContext, launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { cardSamples } from '../support/card-samples';
import { EVIL_HOST, HOSTILE, hostileCardSamples } from '../support/hostile-card-samples';

/**
 * Every sample card (tests/support/card-samples.ts) rendered by Microsoft's official Adaptive Cards
 * JavaScript renderer (`adaptivecards`, bundled by esbuild as published) in Debian's Chromium:
 * parsing logs no warning nor error, the card validates, the rendered element is not empty, and
 * the page throws nothing. Markdown goes through markdown-it limited to the Adaptive Cards subset
 * (hosts plug in their own markdown processor), and, as in Teams, not in choice or toggle titles.
 * Hostile samples (members' words made of markdown) render with no link to their host and show
 * the words literally.
 */

interface RenderOutcome {
  name: string;
  events: string[];
  textLength: number;
  elementCount: number;
  /** Every rendered link's href. */
  hrefs: string[];
  /** The text of every rendered bold or italic element. */
  emphasis: string[];
  text: string;
}

declare global {
  interface Window {
    renderCards: (samples: { name: string; card: Record<string, unknown> }[]) => RenderOutcome[];
  }
}

const ENTRY = `
import * as AC from 'adaptivecards';
import MarkdownIt from 'markdown-it';

// The subset Adaptive Cards hosts support: bold, italic, lists and links (no headings, code, tables).
const md = new MarkdownIt({ html: false, linkify: false, breaks: true }).disable([
  'heading', 'lheading', 'code', 'fence', 'blockquote', 'hr', 'table', 'image', 'backticks', 'strikethrough',
]);
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = md.render(text);
  result.didProcess = true;
};
// Teams shows choice and toggle titles as plain text (markdown there is "by design" unsupported).
AC.GlobalSettings.useMarkdownInRadioButtonAndCheckbox = false;
const PHASES = { 0: 'parse', 1: 'toJSON', 2: 'validation' };

window.renderCards = (samples) => {
  const out = document.getElementById('out');
  return samples.map(({ name, card: json }) => {
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    card.parse(json, context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      events.push(PHASES[e.phase] + ' ' + AC.ValidationEvent[e.event] + ': ' + e.message);
    }
    for (const e of card.validateProperties().validationEvents) {
      events.push('validation ' + AC.ValidationEvent[e.event] + ': ' + e.message);
    }
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = name;
    figure.append(caption);
    const element = card.render();
    if (element) figure.append(element);
    out.append(figure);
    return {
      name,
      events,
      textLength: (element?.textContent ?? '').trim().length,
      elementCount: element ? element.querySelectorAll('*').length : 0,
      hrefs: element ? [...element.querySelectorAll('a')].map((a) => a.href) : [],
      emphasis: element ? [...element.querySelectorAll('strong, em, b, i')].map((e) => e.textContent) : [],
      text: element?.innerText ?? '',
    };
  });
};
`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Guildhall cards</title>
<link rel="stylesheet" href="/adaptivecards.css">
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; background: #f5f5f5; margin: 16px; }
  #out { display: grid; grid-template-columns: repeat(auto-fill, 440px); gap: 16px; align-items: start; }
  figure { margin: 0; background: #fff; border: 1px solid #ddd; border-radius: 6px; overflow: hidden; }
  figcaption { font: 600 12px system-ui, sans-serif; color: #555; padding: 6px 10px; background: #eee; }
</style>
<script src="/cards.js"></script>
</head><body><main id="out"></main></body></html>`;

describe('Adaptive Cards rendered by the official renderer in Chromium', () => {
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: join(__dirname, '..', '..'), loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      loader: { '.css': 'empty' },
    });
    const script = bundle.outputFiles[0]!.text;
    const css = await import('node:fs').then((fs) =>
      fs.readFileSync(
        join(__dirname, '..', '..', 'node_modules', 'adaptivecards', 'lib', 'adaptivecards.css'),
      ),
    );
    server = http.createServer((req, res) => {
      if (req.url === '/cards.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(script);
      } else if (req.url === '/adaptivecards.css') {
        res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' });
        res.end(css);
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    context = await isolatedContext(browser, origin, { width: 1400, height: 900 });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  it(`renders all ${cardSamples.length} sample cards without a parse or validation event`, async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${origin}/`);

    const outcomes = await page.evaluate((samples) => window.renderCards(samples), cardSamples);

    expect(outcomes.map((o) => o.name)).toEqual(cardSamples.map((s) => s.name));
    expect(
      outcomes.filter((o) => o.events.length > 0).map((o) => ({ name: o.name, events: o.events })),
    ).toEqual([]);
    for (const outcome of outcomes) {
      expect({ name: outcome.name, empty: outcome.textLength === 0 || outcome.elementCount === 0 }).toEqual({
        name: outcome.name,
        empty: false,
      });
    }
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: join(SCREENSHOT_DIR, 'adaptive-cards.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'adaptive-cards-top.png') });
  });

  it("shows hostile members' words literally, with no link to their host", async () => {
    await page.goto(`${origin}/`);
    const outcomes = await page.evaluate((samples) => window.renderCards(samples), hostileCardSamples);
    expect(outcomes).toHaveLength(hostileCardSamples.length);
    for (const outcome of outcomes) {
      expect({ name: outcome.name, hrefs: outcome.hrefs.filter((h) => h.includes(EVIL_HOST)) }).toEqual({
        name: outcome.name,
        hrefs: [],
      });
      expect({
        name: outcome.name,
        emphasis: outcome.emphasis.filter((e) => /URGENT|Click here|item/.test(e ?? '')),
      }).toEqual({ name: outcome.name, emphasis: [] });
      if (outcome.name !== 'hostile settings') expect(outcome.text).toContain(HOSTILE);
    }
    // Our own links still work: a nudge item opens the tab, labelled with the member's title.
    const nudge = outcomes.find((o) => o.name === 'hostile nudge')!;
    expect(nudge.hrefs.filter((h) => h.startsWith('https://teams.microsoft.com/l/entity/'))).toHaveLength(1);

    await page.screenshot({ path: join(SCREENSHOT_DIR, 'adaptive-cards-hostile.png'), fullPage: true });
  });

  it('links where unescaped markdown says (the hostile check can fail)', async () => {
    await page.goto(`${origin}/`);
    const [outcome] = await page.evaluate(
      (samples) => window.renderCards(samples),
      [
        {
          name: 'unescaped',
          card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: HOSTILE }] },
        },
      ],
    );
    expect(outcome!.hrefs).toEqual(['https://evil.example/']);
    expect(outcome!.emphasis).toEqual(['URGENT']);
  });

  it('reports what it does not understand (the check can fail)', async () => {
    await page.goto(`${origin}/`);
    const [outcome] = await page.evaluate(
      (samples) => window.renderCards(samples),
      [
        {
          name: 'broken',
          card: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [{ type: 'Sparkline' }, { type: 'TextBlock', text: 'ok' }],
            actions: [{ type: 'Action.Teleport', title: 'Go' }],
          },
        },
      ],
    );
    expect(outcome!.events.length).toBeGreaterThanOrEqual(2);
    expect(outcome!.events.join('\n')).toMatch(/Sparkline/);
    expect(outcome!.events.join('\n')).toMatch(/Action\.Teleport/);
  });
});
