import type { Page } from './paging';
import { usePagedList, type PagedList } from './usePagedList';

export type { Page } from './paging';

/** Items are told apart by their `id` when they have one (posts, audit entries), else by content. */
function keyOfItem(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string')
    return item.id;
  return JSON.stringify(item);
}

/**
 * A paged list from the API, page by page (`loadMore`), with `reload`. Same as usePagedList, with
 * items keyed by their id.
 */
export function usePaged<T>(
  key: string,
  load: (continuation: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
): PagedList<T, undefined> {
  return usePagedList<T, undefined>(key, load, keyOfItem);
}
