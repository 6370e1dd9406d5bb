import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

/** The state of something loaded from the API. */
export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T };

/**
 * Loads a resource when `key` changes, cancels the stale request, and offers `reload` (for the
 * "Try again" button). Errors are kept as ApiError so screens show the server's own words.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> & { reload: () => void } {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError('CLIENT.ERROR', 0, error instanceof Error ? error.message : String(error)),
        });
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render by callers; `key` and `attempt` are what decide a reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
