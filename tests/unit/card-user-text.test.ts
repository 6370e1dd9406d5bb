import MarkdownIt from 'markdown-it';
import { plain } from '../../bot/src/teams/cards/adaptive-card';
import { EVIL_HOST, HOSTILE, hostileCardSamples } from '../support/hostile-card-samples';

/**
 * Members' and animators' words never become markdown in a bot card. Teams renders markdown in
 * `TextBlock.text` and `Fact.title`/`Fact.value` only (choice and button titles are plain text), so
 * every such string of every hostile sample (tests/support/hostile-card-samples.ts, one per builder)
 * goes through a CommonMark renderer limited to the Adaptive Cards subset, and the output must hold
 * no link to the hostile host, no emphasis or list made of the hostile text, and show it literally.
 */

const md = new MarkdownIt({ html: false, linkify: false, breaks: true }).disable([
  'heading',
  'lheading',
  'code',
  'fence',
  'blockquote',
  'hr',
  'table',
  'image',
  'backticks',
  'strikethrough',
]);

interface Found {
  markdown: string[];
  plainText: string[];
}

/** The strings Teams renders as markdown, and those it shows as plain text (choices, buttons). */
function texts(node: unknown, found: Found = { markdown: [], plainText: [] }): Found {
  if (Array.isArray(node)) {
    for (const item of node) texts(item, found);
    return found;
  }
  if (node === null || typeof node !== 'object') return found;
  const record = node as Record<string, unknown>;
  if (record['type'] === 'TextBlock' && typeof record['text'] === 'string')
    found.markdown.push(record['text']);
  if (record['type'] === 'FactSet' && Array.isArray(record['facts'])) {
    for (const fact of record['facts'] as { title: string; value: string }[]) {
      found.markdown.push(fact.title, fact.value);
    }
  }
  if (record['type'] === 'Input.ChoiceSet' && Array.isArray(record['choices'])) {
    for (const choice of record['choices'] as { title: string }[]) found.plainText.push(choice.title);
  }
  const title = record['title'];
  if (
    typeof record['type'] === 'string' &&
    record['type'].startsWith('Action.') &&
    typeof title === 'string'
  ) {
    found.plainText.push(title);
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'facts' && key !== 'choices') texts(value, found);
  }
  return found;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('plain()', () => {
  it.each([
    [HOSTILE, '\\[Click here\\]\\(https://evil.example\\) \\*\\*URGENT\\*\\* \\<b>x\\</b>'],
    ['snake_case `code` ~~gone~~ back\\slash', 'snake\\_case \\`code\\` \\~\\~gone\\~\\~ back\\\\slash'],
    [
      '- not a list\n+ nor this\n2. nor that\n# nor a heading\n> nor a quote',
      '\\- not a list\n\\+ nor this\n2\\. nor that\n\\# nor a heading\n\\> nor a quote',
    ],
    ['{{DATE(2030-01-01T00:00:00Z,SHORT)}}', '{{DATE\\(2030-01-01T00:00:00Z,SHORT\\)}}'],
    ['Zoë "ZO" O’Brien & co - 3.5 stars # 1', 'Zoë "ZO" O’Brien & co - 3.5 stars # 1'],
  ])('escapes %j', (input, escaped) => {
    expect(plain(input)).toBe(escaped);
  });

  it('renders back to exactly the text that was written', () => {
    const input = `${HOSTILE}\n- _item_ 1. (a) \\ {{DATE(x)}}`;
    expect(decode(md.renderInline(plain(input)))).toBe(input);
  });
});

describe.each(hostileCardSamples.map((s) => [s.name, s.card] as const))('%s', (name, card) => {
  const found = texts(card);
  const html = found.markdown.map((text) => md.render(text)).join('\n');

  it('links nowhere the members chose', () => {
    expect(html).not.toContain(`href="https://${EVIL_HOST}`);
    for (const href of html.matchAll(/href="([^"]*)"/g)) {
      expect(href[1]).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
    }
  });

  it('makes no emphasis, list or markup out of their words', () => {
    expect(html).not.toMatch(/<(strong|em)>[^<]*(URGENT|item|Click here|x)[^<]*<\/\1>/);
    expect(html).not.toMatch(/<(ul|ol|li|b)>/);
    // Adaptive Cards would evaluate a date function a member typed.
    expect(found.markdown.join('\n')).not.toMatch(/\{\{DATE\(2030/);
  });

  if (name !== 'hostile settings') {
    it('shows their words literally', () => {
      expect(decode(html)).toContain(HOSTILE);
    });
  }

  it('leaves plain-text titles (choices, buttons) as written', () => {
    for (const title of found.plainText) expect(title).not.toContain('\\[');
  });
});

it('keeps our own markdown: the "new" label is bold and a nudge item links to the tab', () => {
  const post = hostileCardSamples.find((s) => s.name === 'hostile post')!.card;
  expect(md.render(texts(post).markdown.join('\n\n'))).toMatch(/<strong>New<\/strong>/);
  const nudge = hostileCardSamples.find((s) => s.name === 'hostile nudge')!.card;
  const links = [...md.render(texts(nudge).markdown.join('\n\n')).matchAll(/<a href="([^"]+)">(.*?)<\/a>/g)];
  expect(links).toHaveLength(1);
  expect(links[0]![1]).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
  expect(decode(links[0]![2]!)).toBe(HOSTILE);
});

it('puts poll options in the choice set as written (Teams shows choice titles as plain text)', () => {
  const poll = hostileCardSamples.find((s) => s.name === 'hostile poll (open, named, live)')!.card;
  expect(texts(poll).plainText).toContain(HOSTILE);
});
