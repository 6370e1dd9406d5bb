import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client';

/** What a mutation ended with: its value, or the API's error (already in the reader's language). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Any thrown value as an ApiError, so screens always show the server's own words. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('CLIENT.ERROR', 0, error instanceof Error ? error.message : String(error));
}

/**
 * Runs mutations (join, publish, hide…) one at a time per screen part: which one is running, and
 * the last error, for inline messages. A second click while one runs is ignored (people double-click).
 */
export function useAction(): {
  busy: string | undefined;
  error: ApiError | undefined;
  clearError: () => void;
  run: <T>(name: string, action: () => Promise<T>) => Promise<Outcome<T>>;
} {
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const running = useRef(false);
  const run = useCallback(async <T>(name: string, action: () => Promise<T>): Promise<Outcome<T>> => {
    if (running.current) return { ok: false, error: new ApiError('CLIENT.BUSY', 0, '') };
    running.current = true;
    setBusy(name);
    setError(undefined);
    try {
      return { ok: true, value: await action() };
    } catch (thrown) {
      const apiError = asApiError(thrown);
      setError(apiError);
      return { ok: false, error: apiError };
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { busy, error, clearError, run };
}
