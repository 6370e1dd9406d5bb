import type { PostDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import type { PostPageDto } from './apiTypes';
import { withQuery } from './paging';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** How many of my unpublished posts the feed's side panel lists. */
const SHOWN = 5;

/**
 * My posts that are not out yet: drafts, scheduled posts and posts held for a moderator (first
 * page of each, soonest scheduled first). `version` reloads them after the composer saved one.
 */
export function useMyPendingPosts(version: number) {
  const { api } = useSession();
  return useResource<PostDto[]>(`my-pending-posts#${version}`, async (signal) => {
    const statuses = ['scheduled', 'draft', 'held'] as const;
    const pages = await Promise.all(
      statuses.map((status) => api.get<PostPageDto>(withQuery(ApiPaths.myPosts, { status }), signal)),
    );
    return pages.flatMap((page) => page.items).slice(0, SHOWN);
  });
}
