import type * as circles from './messages/circles';
import type * as consoleScreens from './messages/console';
import * as core from './messages/core';
import type * as deliveries from './messages/deliveries';
import type * as feed from './messages/feed';
import type * as game from './messages/game';
import type * as home from './messages/home';
import type * as nudges from './messages/nudges';
import type * as quizzes from './messages/quizzes';
import type * as polls from './messages/polls';

/**
 * Every string the tab shows. Each area keeps its English and French side by side in
 * messages/<area>.ts; French is typed by the English keys, so a missing translation does not compile.
 *
 * Only the shell's strings are in the start-up bundle; the areas' dictionaries load with the
 * screens that need them (area-messages.ts; the game's in game-messages.ts), like their code.
 */
export type MessageKey =
  | keyof typeof core.en
  | keyof typeof home.en
  | keyof typeof feed.en
  | keyof typeof circles.en
  | keyof typeof consoleScreens.en
  | keyof typeof game.en
  | keyof typeof deliveries.en
  | keyof typeof nudges.en
  | keyof typeof quizzes.en
  | keyof typeof polls.en;

/** The strings available at start-up: the shell's. */
export const startupMessages = {
  en: { ...core.en } as Partial<Record<MessageKey, string>>,
  fr: { ...core.fr } as Partial<Record<MessageKey, string>>,
};
