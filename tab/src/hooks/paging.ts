/** A page of a list the API pages with continuation tokens. */
export interface Page<T> {
  items: T[];
  continuation?: string | undefined;
}

/**
 * Appends a page to what is already shown, dropping items already there. A ranked feed can move an
 * item from one page to the next between two requests; keying by id keeps each post shown once.
 */
export function mergePage<T>(
  existing: readonly T[],
  incoming: readonly T[],
  keyOf: (item: T) => string,
): T[] {
  const seen = new Set(existing.map(keyOf));
  const merged = [...existing];
  for (const item of incoming) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(item);
  }
  return merged;
}

/** Puts an item first (a post I just published), removing an older copy of it. */
export function prependItem<T>(existing: readonly T[], item: T, keyOf: (item: T) => string): T[] {
  const key = keyOf(item);
  return [item, ...existing.filter((other) => keyOf(other) !== key)];
}

/**
 * Where the "You're all caught up" divider goes: right after the last new item, when older items
 * follow it. The ranking may put an older pinned post first; the divider still closes what is
 * new. -1 when there is no such boundary (nothing new, or nothing older).
 */
export function caughtUpIndex(items: readonly { isNew: boolean }[]): number {
  let lastNew = -1;
  items.forEach((item, index) => {
    if (item.isNew) lastNew = index;
  });
  return lastNew >= 0 && lastNew < items.length - 1 ? lastNew + 1 : -1;
}

/** A path with query parameters, leaving out empty ones: `withQuery('/api/v1/feed', { continuation })`. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
