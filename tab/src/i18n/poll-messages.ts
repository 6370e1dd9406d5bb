import * as polls from './messages/polls';
import { registerMessages } from './i18n';

// The Polls screen imports this: its strings travel with its code, out of the start-up bundle.
registerMessages(polls.en, polls.fr);

/** Marker export, so a dynamic import of this module has something to wait for. */
export const pollMessagesLoaded = true;
