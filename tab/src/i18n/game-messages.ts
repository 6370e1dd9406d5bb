import * as game from './messages/game';
import { registerMessages } from './i18n';

// The game's screens and the badge celebration import this: their strings travel with their code,
// out of the start-up bundle and out of the other areas' dictionary.
registerMessages(game.en, game.fr);

/** Marker export, so a dynamic import of this module has something to wait for. */
export const gameMessagesLoaded = true;
