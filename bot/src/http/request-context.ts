import type { Logger } from 'pino';
import type { Request } from 'restify';

/*
 * Per-request state kept beside the request object. restify 12 logs with pino, but its typings
 * (@types/restify 8) still describe bunyan loggers, so `req.log` is not used.
 */
const loggers = new WeakMap<Request, Logger>();
const starts = new WeakMap<Request, bigint>();

/** Attaches the request's logger (a child with its request id) and start time. */
export function initRequest(req: Request, logger: Logger): void {
  loggers.set(req, logger);
  starts.set(req, process.hrtime.bigint());
}

/** The request's logger, or `fallback` for requests that never reached `initRequest`. */
export function requestLogger(req: Request, fallback: Logger): Logger {
  return loggers.get(req) ?? fallback;
}

/** Milliseconds since the request arrived. */
export function elapsedMs(req: Request): number | undefined {
  const start = starts.get(req);
  return start === undefined ? undefined : Number(process.hrtime.bigint() - start) / 1e6;
}
