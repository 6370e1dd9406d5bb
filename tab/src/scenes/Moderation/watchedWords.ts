/** Limits of WatchedWords (contracts/moderation.ts). */
export const WATCHED_WORDS_LIMITS = { min: 2, max: 60, count: 500 } as const;

/** Adding a word: the new list, or why not. Case does not make a new word ("Spam" is "spam"). */
export function addWord(
  words: readonly string[],
  entry: string,
): { ok: true; words: string[] } | { ok: false; problem: 'tooShort' | 'tooLong' | 'duplicate' | 'tooMany' } {
  const word = entry.trim();
  if (word.length < WATCHED_WORDS_LIMITS.min) return { ok: false, problem: 'tooShort' };
  if (word.length > WATCHED_WORDS_LIMITS.max) return { ok: false, problem: 'tooLong' };
  if (words.some((existing) => existing.toLocaleLowerCase() === word.toLocaleLowerCase())) {
    return { ok: false, problem: 'duplicate' };
  }
  if (words.length >= WATCHED_WORDS_LIMITS.count) return { ok: false, problem: 'tooMany' };
  return { ok: true, words: [...words, word] };
}
