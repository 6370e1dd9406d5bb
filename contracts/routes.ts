/**
 * API paths, free of any library so the tab can import them at run time.
 * `contracts/api.ts` pairs each with its schemas for the server and the OpenAPI document.
 */
export const ApiPaths = {
  openapi: '/api/v1/openapi.json',
  me: '/api/v1/me',
  community: '/api/v1/community',
} as const;

/** Header that names the acting member in dev mode (never honoured when SSO is configured). */
export const DEV_USER_HEADER = 'x-dev-user';
