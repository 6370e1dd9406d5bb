import * as quizzes from './messages/quizzes';
import { registerMessages } from './i18n';

// The Quizzes console imports this: its strings travel with its code, out of the start-up bundle.
registerMessages(quizzes.en, quizzes.fr);

/** Marker export, so a dynamic import of this module has something to wait for. */
export const quizMessagesLoaded = true;
