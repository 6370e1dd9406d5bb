import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import * as restify from 'restify';
import { ApiPaths } from '../../contracts/routes';
import type { Config } from './config';
import type { DocumentStore } from './domain/shared/document-store';
import type { RouteOptions } from './http/api-route';
import type { Authenticator } from './http/auth/authenticator';
import { renderError, requestLanguage } from './http/error-renderer';
import { buildOpenApiDocument } from './http/openapi';
import { registerCircleRoutes } from './http/routes/circle-routes';
import { registerCommunityRoutes } from './http/routes/community-routes';
import { registerGameRoutes } from './http/routes/game-routes';
import { registerCampaignRoutes } from './http/routes/campaign-routes';
import { registerNudgeRoutes } from './http/routes/nudge-routes';
import { registerQuizRoutes } from './http/routes/quiz-routes';
import { registerPollRoutes } from './http/routes/poll-routes';
import { registerConsoleRoutes } from './http/routes/console-routes';
import { registerContentRoutes } from './http/routes/content-routes';
import { registerMemberRoutes } from './http/routes/member-routes';
import type { Services } from './http/services';
import { elapsedMs, initRequest, requestLogger } from './http/request-context';
import { securityHeaders } from './http/security-headers';
import { AppError } from './domain/shared/app-error';

/** Receives Bot Framework activities (implemented in teams/, so this file needs no botbuilder). */
export interface BotEndpoint {
  process(req: restify.Request, res: restify.Response): Promise<void>;
}

/** Everything the HTTP server needs, built by the composition root (or by a test). */
export interface ServerDeps {
  config: Pick<Config, 'publicUrl' | 'bodyLimitBytes' | 'env'>;
  logger: Logger;
  store: DocumentStore;
  authenticator: Authenticator;
  bot: BotEndpoint;
  services: Services;
  /** Folder of the built tab (its index.html is served at /tab/). */
  tabDir: string;
  version: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the one restify app: bot, API, tab and health. It does not listen (tests use port 0). */
export function makeServer(deps: ServerDeps): restify.Server {
  const { logger, config } = deps;
  const server = restify.createServer({
    name: 'guildhall',
    // restify 12 logs with pino; its typings still say bunyan.
    log: logger as unknown as restify.ServerOptions['log'],
    handleUncaughtExceptions: false,
    ignoreTrailingSlash: false,
  });
  const https = config.publicUrl.protocol === 'https:';

  server.pre((req, res, next) => {
    // Keep a caller's correlation id when it is well formed; otherwise restify mints a UUID.
    const incoming = req.headers['x-request-id'];
    if (typeof incoming === 'string' && REQUEST_ID.test(incoming)) {
      (req as unknown as { id(value: string): string }).id(incoming);
    }
    const requestId = req.getId();
    initRequest(req, logger.child({ reqId: requestId }));
    res.setHeader('X-Request-Id', requestId);
    const isTab = req.path() === '/tab' || req.path().startsWith('/tab/');
    for (const [name, value] of Object.entries(securityHeaders(isTab ? 'tab' : 'api', https))) {
      res.setHeader(name, value);
    }
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyReader({ maxBodySize: config.bodyLimitBytes }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false }));

  server.on('after', (req: restify.Request, res: restify.Response) => {
    // Path only: query strings may carry search terms, and headers carry tokens.
    requestLogger(req, logger).info(
      { method: req.method, path: req.path(), status: res.statusCode, ms: elapsedMs(req) },
      'request',
    );
  });

  // Framework errors (no route, wrong method, unreadable or oversized body) get the API's error shape.
  server.on(
    'restifyError',
    (req: restify.Request, res: restify.Response, err: Error, callback: () => void) => {
      const status = (err as { statusCode?: number }).statusCode ?? 500;
      const code =
        status === 404
          ? 'ROUTE.NOT_FOUND'
          : status === 405
            ? 'ROUTE.METHOD_NOT_ALLOWED'
            : status === 413
              ? 'REQUEST.TOO_LARGE'
              : status === 415
                ? 'REQUEST.UNSUPPORTED_MEDIA_TYPE'
                : status === 400
                  ? 'REQUEST.MALFORMED_JSON'
                  : undefined;
      const error = code
        ? new AppError(
            code,
            status,
            err.message,
            status === 413 ? { details: { limit: config.bodyLimitBytes } } : {},
          )
        : err;
      const rendered = renderError(error, {
        language: requestLanguage(req.headers),
        requestId: req.getId(),
        log: requestLogger(req, logger),
      });
      if (!res.headersSent) res.send(rendered.status, rendered.body);
      callback();
    },
  );

  // Operations
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (req, res) => {
    try {
      await deps.store.ping();
      res.send(200, { status: 'ready', store: deps.store.engine });
    } catch (error) {
      requestLogger(req, logger).warn({ err: error }, 'store not reachable');
      res.send(503, { status: 'unavailable', store: deps.store.engine });
    }
  });

  // The bot
  server.post('/api/messages', async (req, res) => {
    await deps.bot.process(req, res);
  });

  // The tab's API
  const openapi = buildOpenApiDocument({ serverUrl: config.publicUrl.origin, version: deps.version });
  server.get(ApiPaths.openapi, (_req, res, next) => {
    res.send(200, openapi);
    next();
  });
  const routeOptions: RouteOptions = {
    authenticator: deps.authenticator,
    logger,
    validateResponses: config.env !== 'production',
  };
  registerMemberRoutes(server, routeOptions, deps.services);
  registerCommunityRoutes(server, routeOptions, deps.services);
  registerCircleRoutes(server, routeOptions, deps.services);
  registerContentRoutes(server, routeOptions, deps.services);
  registerConsoleRoutes(server, routeOptions, deps.services);
  registerGameRoutes(server, routeOptions, deps.services);
  registerCampaignRoutes(server, routeOptions, deps.services);
  registerNudgeRoutes(server, routeOptions, deps.services);
  registerQuizRoutes(server, routeOptions, deps.services);
  registerPollRoutes(server, routeOptions, deps.services);

  // The tab
  registerTab(server, deps.tabDir);

  return server;
}

function registerTab(server: restify.Server, tabDir: string): void {
  server.get('/', (_req, res, next) => {
    res.redirect(302, '/tab/', next);
  });
  server.get('/tab', (_req, res, next) => {
    res.redirect(301, '/tab/', next);
  });
  if (!existsSync(join(tabDir, 'index.html'))) {
    server.get('/tab/*', (_req, res, next) => {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.send(503, 'The tab is not built. Run "npm run build" (npm start does it for you).');
      next();
    });
    return;
  }
  // Hashed assets never change; the page itself must always be revalidated.
  server.get(
    '/tab/assets/*',
    restify.plugins.serveStatic({ directory: join(tabDir, '..'), maxAge: 31_536_000 }),
  );
  server.get(
    '/tab/*',
    restify.plugins.serveStatic({ directory: join(tabDir, '..'), default: 'index.html', maxAge: 0 }),
  );
}
