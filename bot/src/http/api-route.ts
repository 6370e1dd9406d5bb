import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { RouteContract } from '../../../contracts/api';
import type { Actor } from '../domain/shared/actor';
import { AppError } from '../domain/shared/app-error';
import type { Authenticator } from './auth/authenticator';
import type { Language } from '../domain/shared/locale';
import { renderError, requestLanguage } from './error-renderer';
import { requestLogger } from './request-context';

/** What every authenticated handler receives, parsed and validated. */
export interface RouteInput<C extends RouteContract> {
  actor: Actor;
  params: C['params'] extends z.ZodType ? z.output<C['params']> : Record<string, never>;
  query: C['query'] extends z.ZodType ? z.output<C['query']> : Record<string, never>;
  body: C['body'] extends z.ZodType ? z.output<C['body']> : undefined;
  req: Request;
}

/** The response type a handler must produce. */
export type RouteOutput<C extends RouteContract> = z.input<C['response']>;

/** Shared by all routes. */
export interface RouteOptions {
  authenticator: Authenticator;
  /** Used for requests that have no logger of their own yet. */
  logger: Logger;
  /** Check every response against its schema (on outside production: catches presenter drift). */
  validateResponses: boolean;
}

/**
 * Registers one contract operation. The edge stays thin: authenticate, parse with zod, call the
 * handler (one domain service and a presenter), send; any error goes through renderError.
 */
export function registerRoute<C extends RouteContract>(
  server: Server,
  contract: C,
  options: RouteOptions,
  handler: (input: RouteInput<C>) => Promise<RouteOutput<C>>,
): void {
  const path = contract.path.replace(/\{(\w+)\}/g, ':$1');
  server[contract.method === 'delete' ? 'del' : contract.method](
    path,
    async (req: Request, res: Response) => {
      const language = requestLanguage(req.headers);
      try {
        const actor = await options.authenticator.authenticate(req.headers);
        const input = {
          actor,
          params: parse(contract.params, req.params ?? {}, 'path', language),
          query: parse(contract.query, req.query ?? {}, 'query', language),
          body: contract.body ? parse(contract.body, jsonBody(req), 'body', language) : undefined,
          req,
        } as RouteInput<C>;
        const output = await handler(input);
        const body = options.validateResponses ? contract.response.parse(output) : output;
        if (body === undefined) res.send(contract.status ?? 204);
        else res.send(contract.status ?? 200, body);
      } catch (error) {
        const rendered = renderError(error, {
          language,
          requestId: req.getId(),
          log: requestLogger(req, options.logger),
        });
        res.send(rendered.status, rendered.body);
      }
    },
  );
}

function jsonBody(req: Request): unknown {
  const type = req.getContentType();
  if (type !== 'application/json') {
    throw new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 415, 'Send the request body as JSON.');
  }
  return req.body ?? {};
}

const zodMessages = { en: z.locales.en().localeError, fr: z.locales.fr().localeError };

function parse(
  schema: z.ZodType | undefined,
  value: unknown,
  where: 'path' | 'query' | 'body',
  language: Language,
): unknown {
  if (!schema) return {};
  const result = schema.safeParse(value, { error: zodMessages[language] });
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : where;
    return `${path} (${issue.message})`;
  });
  throw new AppError('REQUEST.INVALID', 400, `Some fields need attention: ${fields.join(', ')}.`, {
    details: { fields, in: where },
  });
}
