import { DEV_USER_HEADER } from '../../../contracts/routes';
import type { ErrorBodyDto } from '../../../contracts/schemas';

/** An error the API answered (or a network failure, code NETWORK.OFFLINE). `message` is for people. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly requestId?: string,
    /** The server's details (e.g. `fields` for REQUEST.INVALID, `retryAfterSeconds` when rate limited). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the client needs to know about the session. */
export interface ApiSession {
  /** A Teams SSO token, or undefined (standalone, or a server in dev mode). */
  token(): Promise<string | undefined>;
  /** Dev mode only: act as this member. */
  devUser?: string | undefined;
  /** Language the API should answer errors in. */
  language(): string;
}

/** Talks to the Guildhall API with the session's identity. Responses are typed by contracts/. */
export interface ApiClient {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/** Builds the client. `offlineMessage` is shown when the server cannot be reached at all. */
export function createApiClient(session: ApiSession, offlineMessage: () => string): ApiClient {
  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': session.language(),
    };
    const token = await session.token();
    if (token) headers['Authorization'] = `Bearer ${token}`;
    else if (session.devUser) headers[DEV_USER_HEADER] = session.devUser;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('NETWORK.OFFLINE', 0, offlineMessage());
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const error = (json as Partial<ErrorBodyDto> | undefined)?.error;
      throw new ApiError(
        error?.code ?? 'SERVER.ERROR',
        response.status,
        error?.message ?? `${response.status} ${response.statusText}`,
        error?.requestId,
        error?.details,
      );
    }
    return json as T;
  };
  return {
    get: (path, signal) => request('GET', path, undefined, signal),
    send: (method, path, body) => request(method, path, body),
  };
}
