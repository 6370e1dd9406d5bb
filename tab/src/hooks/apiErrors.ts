import type { ApiError } from '../api/client';

/**
 * The `details` of an API error (`{ fields }` of REQUEST.INVALID, a retry time...), when the
 * client kept them. Read defensively: the client's ApiError may not carry them.
 */
export function detailsOf(error: ApiError): Record<string, unknown> | undefined {
  const details = (error as ApiError & { details?: unknown }).details;
  return typeof details === 'object' && details !== null ? details : undefined;
}

/** When a rate-limited action may be tried again, if the API said (`retryAt` or `retryAfterSeconds`). */
export function retryTimeOf(error: ApiError, now: number): Date | undefined {
  const details = detailsOf(error);
  const at = details?.['retryAt'];
  if (typeof at === 'string' && !Number.isNaN(new Date(at).getTime())) return new Date(at);
  const seconds = details?.['retryAfterSeconds'];
  if (typeof seconds === 'number' && seconds > 0) return new Date(now + seconds * 1000);
  return undefined;
}
