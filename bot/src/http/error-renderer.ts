import type { Logger } from 'pino';
import type { ErrorBodyDto } from '../../../contracts/schemas';
import { AppError } from '../domain/shared/app-error';
import { InvalidContinuationError } from '../domain/shared/document-store';
import { localizedMessage, messageFor } from '../domain/shared/error-messages';
import { languageOf, type Language } from '../domain/shared/locale';

/** An error ready to send: status and body. */
export interface RenderedError {
  status: number;
  body: ErrorBodyDto;
}

/**
 * The one place (with the bot's onTurnError) that turns errors into what a client sees. AppErrors
 * show their localized message and public details; anything else is a 500 with a generic message,
 * and the real error goes to the log with the request id.
 */
export function renderError(
  error: unknown,
  context: { language: Language; requestId: string; log: Logger },
): RenderedError {
  const { language, requestId, log } = context;
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
  } else if (error instanceof InvalidContinuationError) {
    appError = new AppError('REQUEST.BAD_CONTINUATION', 400, 'The continuation token is not valid.', {
      cause: error,
    });
  } else {
    log.error({ err: error, code: 'SERVER.ERROR' }, 'unhandled error');
    return {
      status: 500,
      body: { error: { code: 'SERVER.ERROR', message: messageFor('SERVER.ERROR', language), requestId } },
    };
  }
  const level = appError.httpStatus >= 500 ? 'error' : 'info';
  log[level](
    { code: appError.code, status: appError.httpStatus, cause: causeText(appError.cause) },
    'request failed',
  );
  const body: ErrorBodyDto = {
    error: { code: appError.code, message: localizedMessage(appError, language), requestId },
  };
  if (appError.details && appError.httpStatus < 500) body.error.details = { ...appError.details };
  return { status: appError.httpStatus, body };
}

/** The language a request asks for (Accept-Language, first tag). */
export function requestLanguage(headers: Record<string, string | string[] | undefined>): Language {
  const header = headers['accept-language'];
  const value = Array.isArray(header) ? header[0] : header;
  return languageOf(value?.split(',')[0]);
}

function causeText(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  if (cause instanceof Error)
    return cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message;
  return typeof cause === 'string' ? cause : JSON.stringify(cause);
}
