import { normalizeText } from '../shared/text';

const MENTION = /@\[([^\]\n]{1,80})\]\(([A-Za-z0-9_-]{1,64})\)/g;

/** Member ids mentioned as `@[Name](id)` in markdown, in order, without repeats. */
export function mentionedIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((m) => m[2]!))];
}

/**
 * The first watched word found in the text, as a whole word, ignoring case and accents; undefined
 * when there is none. ("arnaque" matches "Arnaque !" but not "arnaques-tu" partially.)
 */
export function findWatchedWord(text: string, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const haystack = ` ${normalizeText(text).replace(/[^a-z0-9]+/g, ' ')} `;
  return words.find((word) => {
    const needle = normalizeText(word)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}

/** The search text of a post: normalized title, body and tags. */
export function postSearchText(post: { title: string; body: string; tags: string[] }): string {
  return normalizeText(
    [post.title, post.body.replace(MENTION, '@$1'), ...post.tags.map((t) => `#${t}`)].join(' '),
  );
}
