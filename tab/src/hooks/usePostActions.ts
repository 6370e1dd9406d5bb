import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostChangesDto, PostDto, ReactionDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import type { ApiError } from '../api/client';
import { usePostNotify } from '../components/PostCard/PostNotify';
import { useI18n } from '../i18n/i18n';
import { withBookmark, withReaction, withVote } from './postModel';
import { useSession } from './useSession';

/** What a member can do to a post from its card, with the post as it stands now. */
export interface PostActions {
  post: PostDto;
  react: (reaction: ReactionDto | null) => void;
  vote: (up: boolean) => void;
  bookmark: (saved: boolean) => void;
  copyLink: () => void;
  edit: (changes: PostChangesDto) => Promise<PostDto>;
  remove: () => Promise<void>;
  /** Publishes my draft or scheduled post now. */
  publish: () => Promise<void>;
  /** Replaces the post (after a moderator action on the post page, say). */
  replace: (post: PostDto) => void;
}

/** The address of a post, to share: this tab with the post's route. */
export function postLink(postId: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#/post/${encodeURIComponent(postId)}`;
}

/**
 * Reactions, votes and bookmarks show at once and are rolled back if the API refuses (the server's
 * answer then replaces the guess). When two clicks race, only the latest answer counts.
 * Without `onChange` the card keeps its own copy of the post; with it, the list owns the post.
 */
export function usePostActions(post: PostDto, onChange?: (post: PostDto) => void): PostActions {
  const { api } = useSession();
  const { t } = useI18n();
  const notify = usePostNotify();
  const [local, setLocal] = useState<{ base: PostDto; value: PostDto }>();
  const current = local && local.base === post ? local.value : post;

  const latest = useRef({ post, current, onChange });
  useEffect(() => {
    latest.current = { post, current, onChange };
  });
  const sequence = useRef({ reaction: 0, vote: 0, bookmark: 0 });

  const apply = useCallback((next: PostDto) => {
    setLocal({ base: latest.current.post, value: next });
    latest.current.onChange?.(next);
  }, []);

  const failed = useCallback(
    (error: ApiError) => notify?.(t('post.actionFailed', { message: error.message }), { intent: 'error' }),
    [notify, t],
  );

  /** Applies `guess` now, sends the request, and settles on the answer (or the state before). */
  const optimistic = useCallback(
    (
      kind: 'reaction' | 'vote' | 'bookmark',
      guess: PostDto,
      send: () => Promise<PostDto>,
      after?: () => void,
    ) => {
      const before = latest.current.current;
      const mine = ++sequence.current[kind];
      apply(guess);
      send().then(
        (answer) => {
          if (mine === sequence.current[kind]) apply(answer);
          after?.();
        },
        (error: ApiError) => {
          if (mine !== sequence.current[kind]) return;
          apply(before);
          failed(error);
        },
      );
    },
    [apply, failed],
  );

  const react = useCallback(
    (reaction: ReactionDto | null) => {
      const base = latest.current.current;
      optimistic('reaction', withReaction(base, reaction), () =>
        api.send<PostDto>('PUT', ApiPaths.postReaction(base.id), { reaction }),
      );
    },
    [api, optimistic],
  );

  const vote = useCallback(
    (up: boolean) => {
      const base = latest.current.current;
      optimistic('vote', withVote(base, up), () =>
        api.send<PostDto>('PUT', ApiPaths.postVote(base.id), { up }),
      );
    },
    [api, optimistic],
  );

  const bookmark = useCallback(
    function bookmarkPost(saved: boolean, undoing = false) {
      const base = latest.current.current;
      optimistic(
        'bookmark',
        withBookmark(base, saved),
        () => api.send<PostDto>('PUT', ApiPaths.postBookmark(base.id), { bookmarked: saved }),
        () => {
          // Saving is trivially undone, so it gets an Undo rather than a confirmation.
          if (undoing) return;
          notify?.(t(saved ? 'post.saved' : 'post.unsaved'), { undo: () => bookmarkPost(!saved, true) });
        },
      );
    },
    [api, notify, optimistic, t],
  );

  const copyLink = useCallback(() => {
    const link = postLink(latest.current.current.id);
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      notify?.(t('post.copyFailed', { link }), { intent: 'warning' });
      return;
    }
    clipboard.writeText(link).then(
      () => notify?.(t('post.linkCopied'), { intent: 'info' }),
      () => notify?.(t('post.copyFailed', { link }), { intent: 'warning' }),
    );
  }, [notify, t]);

  const edit = useCallback(
    async (changes: PostChangesDto) => {
      const saved = await api.send<PostDto>('PATCH', ApiPaths.post(latest.current.current.id), changes);
      apply(saved);
      notify?.(t('post.editSaved'));
      return saved;
    },
    [api, apply, notify, t],
  );

  const remove = useCallback(async () => {
    const base = latest.current.current;
    await api.send<undefined>('DELETE', ApiPaths.post(base.id));
    apply({ ...base, status: 'deleted' });
    notify?.(t('post.deleted'));
  }, [api, apply, notify, t]);

  const publish = useCallback(async () => {
    try {
      const published = await api.send<PostDto>('POST', ApiPaths.postPublish(latest.current.current.id));
      apply(published);
      notify?.(t(published.status === 'held' ? 'post.publishedHeld' : 'post.publishedNow'));
    } catch (caught) {
      failed(caught as ApiError);
    }
  }, [api, apply, failed, notify, t]);

  return {
    post: current,
    publish,
    react,
    vote,
    bookmark: (saved) => bookmark(saved),
    copyLink,
    edit,
    remove,
    replace: apply,
  };
}
