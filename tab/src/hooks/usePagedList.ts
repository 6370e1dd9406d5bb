import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { mergePage, prependItem, type Page } from './paging';

/** A paged list from the API, grown page by page ("Show more" or infinite scroll). */
export interface PagedList<T, M> {
  status: 'loading' | 'error' | 'ready';
  items: T[];
  /** Extra data of the first page (search's circles, say). */
  meta: M | undefined;
  error: ApiError | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  /** Loading the next page failed: what is shown stays, with this error and a retry. */
  moreError: ApiError | undefined;
  /** How many items the last "more" added (for the screen-reader announcement). */
  lastAdded: number;
  /** A reload is under way while the current list stays on screen. */
  refreshing: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Replaces an item (after a reaction, an edit); `undefined` removes it. */
  update: (key: string, next: T | undefined) => void;
  prepend: (item: T) => void;
}

interface State<T, M> {
  request: string;
  status: 'loading' | 'error' | 'ready';
  items: T[];
  meta: M | undefined;
  error: ApiError | undefined;
  continuation: string | undefined;
  loadingMore: boolean;
  moreError: ApiError | undefined;
  lastAdded: number;
  refreshing: boolean;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('CLIENT.ERROR', 0, error instanceof Error ? error.message : String(error));
}

/**
 * Loads the first page when `key` changes and the next ones on demand. Items are keyed, so a page
 * that repeats an item (a ranked feed moving under us) never shows it twice. A request that
 * answers after the key changed is ignored.
 */
export function usePagedList<T, M = undefined>(
  key: string,
  load: (continuation: string | undefined, signal: AbortSignal) => Promise<Page<T> & { meta?: M }>,
  keyOf: (item: T) => string,
): PagedList<T, M> {
  const [attempt, setAttempt] = useState(0);
  const request = `${key}#${attempt}`;
  const initial = (req: string): State<T, M> => ({
    request: req,
    status: 'loading',
    items: [],
    meta: undefined,
    error: undefined,
    continuation: undefined,
    loadingMore: false,
    moreError: undefined,
    lastAdded: 0,
    refreshing: false,
  });
  const [state, setState] = useState<State<T, M>>(() => initial(request));
  // Callers pass fresh closures on every render; the latest is used when the next page is asked for.
  const loadRef = useRef(load);
  const keyOfRef = useRef(keyOf);
  useEffect(() => {
    loadRef.current = load;
    keyOfRef.current = keyOf;
  });
  const moreInFlight = useRef(false);
  const controllers = useRef(new Set<AbortController>());

  // A new key starts afresh; a reload of the same key keeps showing the list until the answer comes.
  if (state.request !== request) {
    const sameKey = state.request.split('#')[0] === key;
    setState(
      sameKey && state.status === 'ready' ? { ...state, request, refreshing: true } : initial(request),
    );
  }

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(undefined, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setState({
          ...initial(request),
          status: 'ready',
          items: mergePage([], page.items, keyOfRef.current),
          meta: page.meta,
          continuation: page.continuation,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({
          ...initial(request),
          items: previous.items,
          status: 'error',
          error: asApiError(error),
        }));
      },
    );
    return () => controller.abort();
    // `request` is what decides a reload (see useResource).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  useEffect(() => {
    const pending = controllers.current;
    return () => pending.forEach((c) => c.abort());
  }, []);

  const loadMore = useCallback(() => {
    if (moreInFlight.current || state.status !== 'ready' || state.refreshing || !state.continuation) return;
    moreInFlight.current = true;
    const forRequest = state.request;
    const controller = new AbortController();
    controllers.current.add(controller);
    setState((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    loadRef
      .current(state.continuation, controller.signal)
      .then(
        (page) => {
          setState((s) => {
            if (s.request !== forRequest) return s;
            const items = mergePage(s.items, page.items, keyOfRef.current);
            return {
              ...s,
              items,
              continuation: page.continuation,
              loadingMore: false,
              lastAdded: items.length - s.items.length,
            };
          });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((s) =>
            s.request === forRequest ? { ...s, loadingMore: false, moreError: asApiError(error) } : s,
          );
        },
      )
      .finally(() => {
        moreInFlight.current = false;
        controllers.current.delete(controller);
      });
  }, [state.status, state.continuation, state.request, state.refreshing]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((itemKey: string, next: T | undefined) => {
    setState((s) => ({
      ...s,
      items: next
        ? s.items.map((item) => (keyOfRef.current(item) === itemKey ? next : item))
        : s.items.filter((item) => keyOfRef.current(item) !== itemKey),
    }));
  }, []);
  const prepend = useCallback((item: T) => {
    setState((s) => ({ ...s, items: prependItem(s.items, item, keyOfRef.current) }));
  }, []);

  return {
    status: state.status,
    items: state.items,
    meta: state.meta,
    error: state.error,
    hasMore: state.status === 'ready' && Boolean(state.continuation),
    loadingMore: state.loadingMore,
    moreError: state.moreError,
    lastAdded: state.lastAdded,
    refreshing: state.refreshing,
    loadMore,
    reload,
    update,
    prepend,
  };
}
