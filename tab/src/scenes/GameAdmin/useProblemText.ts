import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Problem, Problems } from './gameDrafts';

/** The validation props of a Fluent Field (error state and message, or nothing). */
export type FieldValidation =
  { validationState: 'error'; validationMessage: string } | { validationState: 'none' };

/**
 * Words for an editor's problems, and a Field's validation props for a path: what the editor found
 * (once the admin tried to save) or, failing that, what the server said about the field.
 */
export function useProblemText(
  problems: Problems,
  server: Record<string, string>,
  shown: boolean,
): { text: (problem: Problem) => string; field: (path: string) => FieldValidation } {
  const { t, formatNumber } = useI18n();
  const text = useCallback(
    (problem: Problem): string => {
      switch (problem.code) {
        case 'integer':
          return t('rules.problem.integer', {
            min: formatNumber(problem.min),
            max: formatNumber(problem.max),
          });
        case 'firstZero':
          return t('rules.problem.firstZero');
        case 'rising':
          return t('rules.problem.rising', { n: problem.after });
        case 'name':
          return t('rules.problem.name');
        case 'description':
          return t('badgeEdit.problem.description');
        case 'tooLong':
          return t('rules.problem.tooLong', { max: problem.max });
        case 'levelCount':
          return t('rules.problem.levelsCount', { max: problem.max });
        case 'badgeCount':
          return t('badgeEdit.problem.count', { max: problem.max });
        case 'circle':
          return t('rewardEdit.problem.circle');
      }
    },
    [t, formatNumber],
  );
  const field = useCallback(
    (path: string): FieldValidation => {
      const mine = shown ? problems[path] : undefined;
      const message = mine ? text(mine) : server[path];
      return message ? { validationState: 'error', validationMessage: message } : { validationState: 'none' };
    },
    [problems, server, shown, text],
  );
  return { text, field };
}
