import { useCallback, useMemo, useState } from 'react';
import type { CommentDto, CommentThreadDto, PostDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import type { MemberSummaryDto } from '../../../contracts/schemas';
import type { ApiError } from '../api/client';
import type { CommentListDto, IdeaStatusDto, RevealedAuthorDto } from './apiTypes';
import { useResource, type Resource } from './useResource';
import { useSession } from './useSession';

/** One post (GET /posts/{id}), with local changes (reactions, moderation) applied over it. */
export function usePost(postId: string): Resource<PostDto> & {
  reload: () => void;
  refreshing: boolean;
  replace: (post: PostDto) => void;
} {
  const { api } = useSession();
  const resource = useResource<PostDto>(`post:${postId}`, (signal) => api.get(ApiPaths.post(postId), signal));
  const loaded = resource.status === 'ready' ? resource.data : undefined;
  const [override, setOverride] = useState<{ base: PostDto; value: PostDto }>();
  // Changes apply over the copy they were made to: a fresh load from the server wins over them.
  const replace = useCallback(
    (post: PostDto) => {
      if (loaded) setOverride({ base: loaded, value: post });
    },
    [loaded],
  );
  if (resource.status !== 'ready') return { ...resource, replace };
  const data = override && override.base === resource.data ? override.value : resource.data;
  return { ...resource, data, replace };
}

/** The id → name map the Markdown component uses to draw mentions. */
export function useMentionMap(mentions: readonly MemberSummaryDto[]): Record<string, string> {
  return useMemo(() => Object.fromEntries(mentions.map((m) => [m.id, m.displayName])), [mentions]);
}

/** Threads with the accepted answer first (then in the server's order). */
export function orderThreads(threads: readonly CommentThreadDto[]): CommentThreadDto[] {
  return [...threads].sort((a, b) => Number(b.comment.accepted) - Number(a.comment.accepted));
}

/** A post's comments (threads with one level of replies), and what I can do with them. */
export function useComments(post: Pick<PostDto, 'id'>, onPostChange: (post: PostDto) => void) {
  const { api } = useSession();
  const list = useResource<CommentThreadDto[]>(`comments:${post.id}`, (signal) =>
    api.get<CommentListDto>(ApiPaths.postComments(post.id), signal).then((answer) => answer.items),
  );
  const { reload } = list;

  const add = useCallback(
    async (body: string, options: { parentId?: string | undefined; anonymous?: boolean } = {}) => {
      const comment = await api.send<CommentDto>('POST', ApiPaths.postComments(post.id), {
        body,
        ...(options.parentId ? { parentId: options.parentId } : {}),
        ...(options.anonymous ? { anonymous: true } : {}),
      });
      reload();
      return comment;
    },
    [api, post.id, reload],
  );

  const edit = useCallback(
    async (commentId: string, body: string) => {
      const comment = await api.send<CommentDto>('PATCH', ApiPaths.postComment(post.id, commentId), { body });
      reload();
      return comment;
    },
    [api, post.id, reload],
  );

  const remove = useCallback(
    async (commentId: string) => {
      await api.send<undefined>('DELETE', ApiPaths.postComment(post.id, commentId));
      reload();
    },
    [api, post.id, reload],
  );

  const accept = useCallback(
    async (commentId: string | null) => {
      const updated = await api.send<PostDto>('PUT', ApiPaths.postAcceptedAnswer(post.id), { commentId });
      onPostChange(updated);
      reload();
      return updated;
    },
    [api, onPostChange, post.id, reload],
  );

  const threads = useMemo(() => (list.status === 'ready' ? orderThreads(list.data) : []), [list]);
  return { list, threads, add, edit, remove, accept };
}

/** Moderator actions on a post: moving an idea along, revealing who asked (audited). */
export function useModeratePost(post: Pick<PostDto, 'id'>, onPostChange: (post: PostDto) => void) {
  const { api } = useSession();
  const [error, setError] = useState<ApiError | undefined>();
  const setIdeaStatus = useCallback(
    (status: IdeaStatusDto) => {
      setError(undefined);
      api.send<PostDto>('PUT', ApiPaths.postIdeaStatus(post.id), { status }).then(onPostChange, setError);
    },
    [api, onPostChange, post.id],
  );
  const revealAuthor = useCallback(
    (reason: string) =>
      api
        .send<RevealedAuthorDto>('POST', ApiPaths.postRevealAuthor(post.id), { reason: reason.trim() })
        .then((answer) => answer.author),
    [api, post.id],
  );
  return { setIdeaStatus, revealAuthor, error };
}
