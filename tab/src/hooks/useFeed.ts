import { useCallback, useState } from 'react';
import type { CircleDetailDto, CircleSuggestionDto } from '../../../contracts/circles';
import type { FeedItemDto, FeedPageDto, PostDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import type { ApiError } from '../api/client';
import type { CircleSuggestionsDto } from './apiTypes';
import { withQuery } from './paging';
import { isListed } from './postModel';
import { usePagedList, type PagedList } from './usePagedList';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** My ranked feed, page by page, plus what the screen does to it. */
export interface Feed extends PagedList<FeedItemDto, undefined> {
  /** A card changed (reaction, bookmark, edit); a deleted post leaves the feed. */
  changePost: (post: PostDto) => void;
  /** A post I just published goes first. */
  addPublished: (post: PostDto) => void;
}

/** The home feed (GET /api/v1/feed), keyed by post id so no post shows twice across pages. */
export function useFeed(): Feed {
  const { api } = useSession();
  const list = usePagedList<FeedItemDto, undefined>(
    'feed',
    (continuation, signal) => api.get<FeedPageDto>(withQuery(ApiPaths.feed, { continuation }), signal),
    (item) => item.post.id,
  );
  const { update, prepend, items } = list;
  const changePost = useCallback(
    (post: PostDto) => {
      const item = items.find((candidate) => candidate.post.id === post.id);
      if (!item) return;
      update(post.id, isListed(post) ? { ...item, post } : undefined);
    },
    [items, update],
  );
  const addPublished = useCallback(
    (post: PostDto) => prepend({ post, isNew: false, reason: 'circle' }),
    [prepend],
  );
  return { ...list, changePost, addPublished };
}

/** What became of a suggestion I acted on. */
export type JoinState =
  { status: 'joining' } | { status: 'done'; circle: CircleDetailDto } | { status: 'error'; error: ApiError };

/** Circles worth joining, and joining them (POST join: joins open circles, asks for closed ones). */
export function useCircleSuggestions(onJoined?: (circle: CircleDetailDto) => void) {
  const { api } = useSession();
  const suggestions = useResource<CircleSuggestionDto[]>('circle-suggestions', (signal) =>
    api.get<CircleSuggestionsDto>(ApiPaths.circleSuggestions, signal).then((list) => list.items),
  );
  const [joins, setJoins] = useState<Record<string, JoinState>>({});
  const join = useCallback(
    (circleId: string) => {
      setJoins((previous) => ({ ...previous, [circleId]: { status: 'joining' } }));
      api.send<CircleDetailDto>('POST', ApiPaths.circleJoin(circleId)).then(
        (circle) => {
          setJoins((previous) => ({ ...previous, [circleId]: { status: 'done', circle } }));
          onJoined?.(circle);
        },
        (error: ApiError) =>
          setJoins((previous) => ({ ...previous, [circleId]: { status: 'error', error } })),
      );
    },
    [api, onJoined],
  );
  return { suggestions, joins, join };
}
