import type { CircleSummaryDto } from '../../../contracts/circles';
import type { PostDto, SearchResultsDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import type { PostPageDto } from './apiTypes';
import { withQuery } from './paging';
import { usePagedList, type PagedList } from './usePagedList';
import { useSession } from './useSession';

/** The shortest query the API searches for (SearchQuery). */
export const SEARCH_MIN_LENGTH = 2;

/** Posts and circles matching `q`, posts page by page (circles come with the first page). */
export function useSearch(q: string): PagedList<PostDto, CircleSummaryDto[]> {
  const { api } = useSession();
  const query = q.trim();
  return usePagedList<PostDto, CircleSummaryDto[]>(
    `search:${query}`,
    (continuation, signal) =>
      query.length < SEARCH_MIN_LENGTH
        ? Promise.resolve({ items: [], meta: [] })
        : api
            .get<SearchResultsDto>(withQuery(ApiPaths.search, { q: query, continuation }), signal)
            .then((results) => ({
              items: results.posts,
              continuation: results.continuation,
              meta: results.circles,
            })),
    (post) => post.id,
  );
}

/** The posts I saved, page by page. */
export function useSaved(): PagedList<PostDto, undefined> {
  const { api } = useSession();
  return usePagedList<PostDto, undefined>(
    'saved',
    (continuation, signal) => api.get<PostPageDto>(withQuery(ApiPaths.bookmarks, { continuation }), signal),
    (post) => post.id,
  );
}
