import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

/** Message keys that come as a `.one` / `.other` pair: `circles.members` for `circles.members.one`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/**
 * Plural-aware messages: `plural('circles.members', 3)` picks `.one` or `.other` with the
 * language's rules (French says "1 membre" and "0 membre") and fills `{count}` formatted.
 */
export function usePlural(): (
  key: PluralKey,
  count: number,
  vars?: Record<string, string | number>,
) => string {
  const i18n = useI18n();
  return useMemo(() => {
    const rules = new Intl.PluralRules(i18n.locale);
    return (key, count, vars = {}) =>
      i18n.t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, {
        count: i18n.formatNumber(count),
        ...vars,
      });
  }, [i18n]);
}
