import type { z } from 'zod';
import { ApiPaths } from './routes';
import * as S from './schemas';

/** One operation of the API: what it takes, what it answers, and which error codes it may return. */
export interface RouteContract {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** False only for the unauthenticated operational routes. */
  auth: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  status?: number;
  errors: readonly string[];
}

/** Every operation, by name. The OpenAPI document is generated from this table. */
export const api = {
  getMe: {
    method: 'get',
    path: ApiPaths.me,
    summary: 'The signed-in member (created on first sign-in).',
    tag: 'members',
    auth: true,
    response: S.Me,
    errors: ['AUTH.UNAUTHENTICATED'],
  },
  getCommunity: {
    method: 'get',
    path: ApiPaths.community,
    summary: 'The community: name, tagline and current charter.',
    tag: 'charter',
    auth: true,
    response: S.Community,
    errors: ['AUTH.UNAUTHENTICATED', 'COMMUNITY.NOT_SET_UP'],
  },
} as const satisfies Record<string, RouteContract>;

export type ApiOperation = keyof typeof api;
