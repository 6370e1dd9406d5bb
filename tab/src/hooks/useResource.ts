import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

/** The state of something loaded from the API. */
export type Resource<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/**
 * Loads a resource when `key` changes, cancels the stale request, and offers `reload` (for the
 * "Try again" button). Errors are kept as ApiError so screens show the server's own words.
 * A result belongs to the request that produced it: until the current request answers, the
 * resource reads as loading, without resetting state inside the effect.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> & { reload: () => void; refreshing: boolean } {
  const [attempt, setAttempt] = useState(0);
  const request = `${key}#${attempt}`;
  const [result, setResult] = useState<{ key: string; request: string; value: Resource<T> } | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ key, request, value: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError('CLIENT.ERROR', 0, error instanceof Error ? error.message : String(error));
        setResult({ key, request, value: { status: 'error', error: apiError } });
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render by callers; the request key is what decides a reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // A reload keeps showing the data it replaces (no flash of a spinner); a new key starts afresh.
  const current = result?.request === request;
  const stale = !current && result?.key === key && result.value.status === 'ready';
  const state: Resource<T> = current || stale ? result.value : { status: 'loading' };
  return { ...state, reload, refreshing: stale };
}
