import DOMPurify, { type Config } from 'dompurify';
import markdownIt from 'markdown-it';
import type { MarkdownIt, RendererRule, StateCore, StateInline, Token } from 'markdown-it';

/**
 * Member-written markdown to HTML that is safe to put in the page. Two independent layers:
 *
 * 1. markdown-it with raw HTML off (`<script>` is shown as text), and links kept only for
 *    http, https and mailto (markdown-it's own `validateLink` and ours);
 * 2. DOMPurify on the result with a strict allow-list of tags and attributes (no style, no
 *    event handlers, no iframes, forms, inputs, images, SVG or MathML), links forced to open in a
 *    new tab with `rel="noopener noreferrer nofollow"`.
 *
 * Images are never loaded: `![alt](url)` becomes a link to the image. Loading them would tell a
 * third party who read a post and when (tracking pixels), from the reader's network, and the
 * tab's CSP allows any https image, so it would not stop that.
 *
 * This module is imported only by lazily loaded scenes: markdown-it and DOMPurify stay out of the
 * tab's start-up bundle.
 */
export interface RenderMarkdownOptions {
  /**
   * Members mentioned in the text, id → current display name (from the post's `mentions`). When
   * given, only these ids become mention chips, shown with this name; any other `@[Name](id)`
   * stays plain text, so nobody can fake a mention of someone who was not notified.
   */
  mentions?: Record<string, string>;
  /** Added to heading levels (`#` → h1 + offset, at most h6), to nest under the page's own headings. */
  headingOffset?: number;
}

/** `@[Display Name](member-id)`: the id is an Entra object id or another simple token. */
const MENTION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MENTION_NAME_MAX = 100;
const SAFE_HREF = /^(?:https?:\/\/[^\s]|mailto:[^\s])/i;
const CLASS_ALLOWED = /^(?:mention|md-image|md-align-(?:left|center|right)|language-[A-Za-z0-9_+#.-]{1,40})$/;

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  's',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
];

const PURIFY_CONFIG: Config & { RETURN_TRUSTED_TYPE: false } = {
  ALLOWED_TAGS,
  // target, rel and tabindex are not accepted from the HTML: the hook below sets them itself.
  ALLOWED_ATTR: ['href', 'title', 'class', 'start', 'data-member-id'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify checks every attribute value against this (after removing whitespace and control
  // characters), except the "URI-safe" ones: href passes only with one of our schemes.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ADD_URI_SAFE_ATTR: ['start', 'data-member-id'],
  FORBID_TAGS: ['style', 'script', 'iframe', 'form', 'input', 'svg', 'math', 'img', 'object', 'embed'],
  FORBID_ATTR: ['style'],
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

let markdown: MarkdownIt | undefined;
let purifier: ReturnType<typeof DOMPurify> | undefined;

/** Sanitised HTML of member-written markdown; see the module comment for what is allowed. */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): string {
  const md = (markdown ??= createMarkdown());
  const env = { mentions: options.mentions, headingOffset: options.headingOffset ?? 0 };
  const html = md.render(source, env);
  const purify = (purifier ??= createPurifier());
  // Without a DOM, DOMPurify cannot sanitise: fail closed with the text escaped.
  if (!purify.isSupported) return `<p>${md.utils.escapeHtml(source)}</p>`;
  return purify.sanitize(html, PURIFY_CONFIG);
}

interface RenderEnv {
  mentions?: Record<string, string> | undefined;
  headingOffset: number;
}

function createMarkdown(): MarkdownIt {
  const md = markdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });

  const validate = md.validateLink.bind(md);
  md.validateLink = (url: string) => validate(url) && SAFE_HREF.test(url.trim());

  md.inline.ruler.before('link', 'mention', mentionRule);
  md.core.ruler.push('guildhall_attrs', adjustTokens);

  const escape = md.utils.escapeHtml;
  md.renderer.rules['mention'] = (tokens, idx, _options, env) => {
    const { id, name } = tokens[idx]!.meta as { id: string; name: string };
    const known = (env as RenderEnv | undefined)?.mentions;
    if (known && !Object.hasOwn(known, id)) return escape(`@${name}`);
    const shown = known ? known[id]! : name;
    return `<span class="mention" data-member-id="${escape(id)}">@${escape(shown)}</span>`;
  };

  const linkOpen = md.renderer.rules['link_open'] ?? defaultRender;
  md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('target', '_blank');
    tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
    return linkOpen(tokens, idx, options, env, self);
  };

  // An image is shown as a link to it (see the module comment), or as its text if the URL is unsafe.
  md.renderer.rules['image'] = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet('src') ?? '');
    const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
    const text = escape(alt || src);
    if (!src || !md.validateLink(src)) return text;
    return `<a class="md-image" href="${escape(src)}" target="_blank" rel="noopener noreferrer nofollow">${text}</a>`;
  };
  return md;
}

const defaultRender: RendererRule = (tokens, idx, options, _env, self) =>
  self.renderToken(tokens, idx, options);

/** `@[Display Name](member-id)` → a `mention` token; anything else is left to the other rules. */
function mentionRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x40 /* @ */ || src.charCodeAt(start + 1) !== 0x5b /* [ */) return false;
  const match = /^@\[([^[\]\n]{1,200})\]\(([^()\s]{1,64})\)/.exec(src.slice(start, start + 300));
  if (!match) return false;
  const name = match[1]!.trim().slice(0, MENTION_NAME_MAX);
  const id = match[2]!;
  if (!name || !MENTION_ID.test(id)) return false;
  if (!silent) {
    const token = state.push('mention', 'span', 0);
    token.meta = { id, name };
  }
  state.pos += match[0].length;
  return true;
}

/** Headings shifted by the offset; table alignment as classes instead of style attributes. */
function adjustTokens(state: StateCore): void {
  const offset = Math.max(0, Math.min(5, (state.env as unknown as RenderEnv).headingOffset ?? 0));
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if ((token.type === 'heading_open' || token.type === 'heading_close') && offset > 0) {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
      }
      if (token.type === 'th_open' || token.type === 'td_open') {
        const align = /text-align:\s*(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1];
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
        if (align) token.attrJoin('class', `md-align-${align}`);
      }
      if (token.children) walk(token.children);
    }
  };
  walk(state.tokens);
}

/** A DOMPurify of our own (hooks are per instance): links, classes, mention ids, focusable code. */
function createPurifier(): ReturnType<typeof DOMPurify> {
  const purify = DOMPurify(typeof window === 'undefined' ? undefined : window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    const classes = (node.getAttribute('class') ?? '').split(/\s+/).filter((c) => CLASS_ALLOWED.test(c));
    if (classes.length > 0) node.setAttribute('class', classes.join(' '));
    else node.removeAttribute('class');
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && SAFE_HREF.test(href.trim())) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      } else {
        node.removeAttribute('href');
        node.removeAttribute('target');
        node.removeAttribute('rel');
      }
    } else {
      node.removeAttribute('target');
      node.removeAttribute('rel');
    }
    const memberId = node.getAttribute('data-member-id');
    if (
      memberId !== null &&
      !(node.tagName === 'SPAN' && classes.includes('mention') && MENTION_ID.test(memberId))
    ) {
      node.removeAttribute('data-member-id');
    }
    const start = node.getAttribute('start');
    if (start !== null && !(node.tagName === 'OL' && /^\d{1,9}$/.test(start))) node.removeAttribute('start');
    // A code block scrolls sideways when a line is long: keyboard users must be able to reach it.
    if (node.tagName === 'PRE') node.setAttribute('tabindex', '0');
  });
  return purify;
}
