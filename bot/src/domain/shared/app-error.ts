/**
 * The one error type that crosses layers. `code` is stable (clients and tests match on it),
 * `httpStatus` is what the API answers, `userMessage` is safe to show to a person.
 * The restify error handler and the bot's onTurnError are the only places that render it.
 */
/** A message in both languages, for errors whose words depend on the case (same code, several causes). */
export interface BilingualMessage {
  en: string;
  fr: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  /** English; see `bilingual` for the French of case-specific messages. */
  readonly userMessage: string;
  readonly bilingual: BilingualMessage | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: string,
    httpStatus: number,
    userMessage: string | BilingualMessage,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    const english = typeof userMessage === 'string' ? userMessage : userMessage.en;
    super(`${code}: ${english}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.userMessage = english;
    this.bilingual = typeof userMessage === 'string' ? undefined : userMessage;
    this.details = options.details;
  }
}

/** Builders for the codes several areas share. Area-specific codes live next to their service. */
export const Errors = {
  validation: (message: string, details?: Record<string, unknown>) =>
    new AppError('REQUEST.INVALID', 400, message, details ? { details } : {}),
  notFound: (what: string) => new AppError(`${what.toUpperCase()}.NOT_FOUND`, 404, `${what} not found.`),
  forbidden: (code: string, message: string) => new AppError(code, 403, message),
  conflict: (code: string, message: string) => new AppError(code, 409, message),
  unauthenticated: (message = 'Sign-in required.') => new AppError('AUTH.UNAUTHENTICATED', 401, message),
} as const;

/** True when `e` is an AppError with the given code (handy in tests and retry loops). */
export function isAppError(e: unknown, code?: string): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
