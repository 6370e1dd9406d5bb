import * as nudges from './messages/nudges';
import { registerMessages } from './i18n';

// The settings and nudges screens import this: their strings travel with their code, out of the
// start-up bundle.
registerMessages(nudges.en, nudges.fr);

/** Marker export, so a dynamic import of this module has something to wait for. */
export const nudgeMessagesLoaded = true;
