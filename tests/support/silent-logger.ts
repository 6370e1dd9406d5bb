import pino, { type Logger } from 'pino';

/** A logger for tests: silent unless GUILDHALL_TEST_LOGS=1, so failures stay readable. */
export function testLogger(): Logger {
  return pino({ level: process.env['GUILDHALL_TEST_LOGS'] === '1' ? 'debug' : 'silent' });
}

/** A logger that keeps every line, for tests that check what is (and is not) logged. */
export function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (chunk: string) => lines.push(JSON.parse(chunk) as Record<string, unknown>) },
  );
  return { logger, lines };
}
