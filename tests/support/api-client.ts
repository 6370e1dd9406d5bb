import type { TestApp } from './test-app';

/** A JSON answer: status and parsed body. */
export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

/** Calls the API as one member (dev mode: X-Dev-User). */
export interface MemberClient {
  id: string;
  get<T = Record<string, unknown>>(path: string): Promise<JsonResponse<T>>;
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<JsonResponse<T>>;
  put<T = Record<string, unknown>>(path: string, body?: unknown): Promise<JsonResponse<T>>;
  patch<T = Record<string, unknown>>(path: string, body?: unknown): Promise<JsonResponse<T>>;
  del<T = Record<string, unknown>>(path: string): Promise<JsonResponse<T>>;
}

/** A client acting as `memberId` against a test app in dev mode. */
export function asMember(t: TestApp, memberId: string, language = 'en'): MemberClient {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<JsonResponse<T>> => {
    const res = await t.fetch(path, {
      method,
      headers: {
        'x-dev-user': memberId,
        'accept-language': language,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  return {
    id: memberId,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    put: (path, body) => call('PUT', path, body ?? {}),
    patch: (path, body) => call('PATCH', path, body ?? {}),
    del: (path) => call('DELETE', path),
  };
}
