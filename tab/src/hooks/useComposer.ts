import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { CircleSummaryDto } from '../../../contracts/circles';
import type { PostDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import type { ApiError } from '../api/client';
import { detailsOf } from './apiErrors';
import type { CircleListDto } from './apiTypes';
import {
  draftProblems,
  EMPTY_DRAFT,
  fieldErrorsOf,
  hasContent,
  restoreDraft,
  toPostInput,
  type ComposerDraft,
  type ComposerField,
  type DraftProblem,
  type WritableType,
} from './composerModel';
import { useNow } from './useNow';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** A message under a field: ours (a key suffix to translate) or the server's own words. */
export type FieldMessage = { problem: DraftProblem } | { server: string };

/** The composer: the draft, where it can go, what is wrong with it, and sending it. */
export interface Composer {
  draft: ComposerDraft;
  set: (patch: Partial<ComposerDraft>) => void;
  /** Circles I can post in (member of, or open), the community circle first. */
  circles: CircleSummaryDto[];
  circlesError: ApiError | undefined;
  types: readonly WritableType[];
  canSchedule: boolean;
  fieldMessages: Partial<Record<ComposerField, FieldMessage>>;
  /** An error that belongs to no field (charter, rate limit, network...). */
  error: ApiError | undefined;
  /** Server field errors about fields the form does not show. */
  otherProblems: string[];
  submitting: boolean;
  submit: () => Promise<PostDto | undefined>;
  discard: () => void;
  hasContent: boolean;
}

const ALL_TYPES: readonly WritableType[] = ['article', 'question', 'idea', 'link', 'video', 'announcement'];

/** sessionStorage may be unavailable (privacy settings in an embedded browser): then drafts live in memory. */
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // access denied: keep the draft in memory only
  }
}

/**
 * The state of the post composer. The draft survives a reload (sessionStorage, per member), the
 * default circle is the community-wide one, announcements are for animators, and scheduling is
 * for animators and the circle's managers.
 */
export function useComposer({ defaultCircleId }: { defaultCircleId?: string | undefined } = {}): Composer {
  const { api, me } = useSession();
  const storageKey = `guildhall.composer.${me.id}`;
  const [draft, setDraft] = useState<ComposerDraft>(
    () => restoreDraft(storage()?.getItem(storageKey)) ?? { ...EMPTY_DRAFT, circleId: defaultCircleId ?? '' },
  );
  const [attempted, setAttempted] = useState(false);
  const [serverFields, setServerFields] = useState<Partial<Record<ComposerField, string>>>({});
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | undefined>();
  const [submitting, setSubmitting] = useState(false);

  // A layout effect runs before the keystroke's event ends, so even an immediate reload keeps it.
  useLayoutEffect(() => {
    const store = storage();
    if (!store) return;
    if (hasContent(draft)) store.setItem(storageKey, JSON.stringify(draft));
    else store.removeItem(storageKey);
  }, [draft, storageKey]);

  const circleList = useResource<CircleListDto>('composer-circles', (signal) =>
    api.get(ApiPaths.circles, signal),
  );
  const circles = useMemo(() => {
    if (circleList.status !== 'ready') return [];
    const postable = circleList.data.items.filter(
      (c) => !c.archived && (c.myStatus === 'active' || c.visibility === 'open'),
    );
    return [...postable].sort((a, b) => Number(b.type === 'community') - Number(a.type === 'community'));
  }, [circleList]);

  // The circle shown is the one chosen, else the default: the one asked for, else the community's.
  const circleId =
    draft.circleId && (circles.length === 0 || circles.some((c) => c.id === draft.circleId))
      ? draft.circleId
      : (defaultCircleId ?? circles.find((c) => c.type === 'community')?.id ?? circles[0]?.id ?? '');
  const current = useMemo(() => ({ ...draft, circleId }), [draft, circleId]);

  const isAnimator = me.roles.includes('animator') || me.roles.includes('admin');
  const circle = circles.find((c) => c.id === circleId);
  const managesCircle = circle?.myRole === 'owner' || circle?.myRole === 'animator';
  const canSchedule = isAnimator || managesCircle;
  const types = isAnimator ? ALL_TYPES : ALL_TYPES.filter((type) => type !== 'announcement');

  const set = useCallback((patch: Partial<ComposerDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    // A field someone changes no longer carries the server's complaint about its old value.
    setServerFields((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(patch)) delete next[key as ComposerField];
      return next;
    });
  }, []);

  const now = useNow();
  const problems = attempted ? draftProblems(current, now) : {};
  const fieldMessages: Partial<Record<ComposerField, FieldMessage>> = {};
  for (const [field, problem] of Object.entries(problems))
    fieldMessages[field as ComposerField] = { problem };
  for (const [field, message] of Object.entries(serverFields))
    fieldMessages[field as ComposerField] = { server: message };

  const discard = useCallback(() => {
    setDraft({ ...EMPTY_DRAFT, circleId: defaultCircleId ?? '' });
    setAttempted(false);
    setServerFields({});
    setOtherProblems([]);
    setError(undefined);
  }, [defaultCircleId]);

  const submit = useCallback(async (): Promise<PostDto | undefined> => {
    setAttempted(true);
    setError(undefined);
    setOtherProblems([]);
    const effective: ComposerDraft = {
      ...current,
      // A mode the member may not use (schedule without the role) falls back to publishing now.
      publish: current.publish === 'schedule' && !canSchedule ? 'now' : current.publish,
      type: types.includes(current.type) ? current.type : 'article',
    };
    if (Object.keys(draftProblems(effective, Date.now())).length > 0) return undefined;
    setSubmitting(true);
    try {
      const post = await api.send<PostDto>('POST', ApiPaths.posts, toPostInput(effective));
      discard();
      return post;
    } catch (caught) {
      const apiError = caught as ApiError;
      if (apiError.code === 'REQUEST.INVALID') {
        const { fields, other } = fieldErrorsOf(detailsOf(apiError));
        setServerFields(fields);
        setOtherProblems(other);
        // Without field details the server's message says it all.
        if (Object.keys(fields).length === 0 && other.length === 0) setError(apiError);
      } else {
        setError(apiError);
      }
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }, [api, canSchedule, current, discard, types]);

  return {
    draft: current,
    set,
    circles,
    circlesError: circleList.status === 'error' ? circleList.error : undefined,
    types,
    canSchedule,
    fieldMessages,
    error,
    otherProblems,
    submitting,
    submit,
    discard,
    hasContent: hasContent(draft),
  };
}
