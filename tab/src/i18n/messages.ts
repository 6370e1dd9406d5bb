import * as circles from './messages/circles';
import * as consoleScreens from './messages/console';
import * as core from './messages/core';
import * as feed from './messages/feed';
import * as home from './messages/home';

/**
 * Every string the tab shows. Each area keeps its English and French side by side in
 * messages/<area>.ts; French is typed by the English keys, so a missing translation does not compile.
 */
export const en = { ...core.en, ...home.en, ...feed.en, ...circles.en, ...consoleScreens.en } as const;

export type MessageKey = keyof typeof en;

/** French. */
export const fr: Record<MessageKey, string> = {
  ...core.fr,
  ...home.fr,
  ...feed.fr,
  ...circles.fr,
  ...consoleScreens.fr,
};
