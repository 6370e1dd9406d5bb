/** An Adaptive Card as JSON. Cards are built by pure functions from view models. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: '1.5' };

/** A Bot Framework attachment carrying an Adaptive Card. */
export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCardJson;
}

/** Teams renders Adaptive Cards up to schema 1.5. */
export function adaptiveCard(
  body: unknown[],
  actions: unknown[] = [],
  extra: Record<string, unknown> = {},
): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
    ...extra,
  };
}

/** Wraps a card as an attachment. */
export function attachment(card: AdaptiveCardJson): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/** A wrapped paragraph. */
export function textBlock(text: string, options: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/**
 * Text a member or an animator wrote (a name, a title, a poll option…), made literal for a property
 * Teams renders as markdown: `TextBlock.text` and `Fact.title`/`Fact.value` (the only ones, per
 * Teams' "Format cards" page). Without this, `[Click here](https://evil.example)` in a display name
 * becomes a link in a card the bot signs. Every markdown character the Adaptive Cards subset uses
 * is backslash-escaped (CommonMark escapes, which Teams honours); brackets and parentheses are
 * escaped too, so even a renderer that ignores escapes never sees `](` and cannot form a link, and
 * `{{DATE(…)}}` is not evaluated. List and heading markers are escaped only at the start of a line.
 * Do not use it for choice or button titles: Teams shows those as plain text, backslashes included.
 */
export function plain(text: string): string {
  return text
    .replace(/[\\`*_~[\]()<]/g, '\\$&')
    .replace(/^([ \t]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/**
 * Deep link that opens the Guildhall personal tab in Teams; `subPage` ("post:<id>") is handed to the
 * tab as its sub-entity id, and the tab opens that page.
 */
export function tabDeepLink(teamsAppId: string, subPage?: string): string {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/home`;
  return subPage ? `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId: subPage }))}` : base;
}

/** Teams cards show at most this many characters of a post body before "Open". */
export function excerpt(markdown: string, max = 220): string {
  const plain = markdown
    .replace(/@\[([^\]]+)\]\([^)]*\)/g, '@$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
