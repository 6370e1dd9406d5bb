import { useMemo } from 'react';
import type { AuditEntryDto, QueueItemDto } from '../../../contracts/moderation';
import { ApiPaths } from '../../../contracts/routes';
import { usePaged } from './usePaged';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** What a moderator can do to a reported or held post or comment. */
export type ModerationActionName = 'hide' | 'restore' | 'warn' | 'dismiss';

/** The shortest note a warning accepts: it has to say what to change (mirrors ModerationActionInput). */
export const WARNING_NOTE_MIN = 10;

/** Reported and held posts and comments (moderators). */
export function useModerationQueue() {
  const { api } = useSession();
  return useResource<QueueItemDto[]>('moderation-queue', (signal) =>
    api.get<{ items: QueueItemDto[] }>(ApiPaths.moderationQueue, signal).then((queue) => queue.items),
  );
}

/** Everything moderators did, newest first, page by page. */
export function useAuditLog() {
  const { api } = useSession();
  return usePaged<AuditEntryDto>('moderation-audit', (continuation, signal) =>
    api.get(
      continuation
        ? `${ApiPaths.moderationAudit}?${new URLSearchParams({ continuation }).toString()}`
        : ApiPaths.moderationAudit,
      signal,
    ),
  );
}

/** Words that hold a post for review. */
export function useWatchedWords() {
  const { api } = useSession();
  return useResource<string[]>('watched-words', (signal) =>
    api.get<{ words: string[] }>(ApiPaths.watchedWords, signal).then((list) => list.words),
  );
}

/** The moderation operations. */
export function useModerationApi() {
  const { api } = useSession();
  return useMemo(
    () => ({
      act: (item: QueueItemDto, action: ModerationActionName, note: string) =>
        api.send<QueueItemDto>('POST', ApiPaths.moderationActions, {
          targetType: item.targetType,
          postId: item.post.id,
          ...(item.targetType === 'comment' && item.comment ? { commentId: item.comment.id } : {}),
          action,
          note: note.trim(),
        }),
      saveWatchedWords: (words: string[]) =>
        api.send<{ words: string[] }>('PUT', ApiPaths.watchedWords, { words }).then((list) => list.words),
    }),
    [api],
  );
}
