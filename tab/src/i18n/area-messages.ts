import * as circles from './messages/circles';
import * as consoleScreens from './messages/console';
import * as feed from './messages/feed';
import * as home from './messages/home';
import { registerMessages } from './i18n';

// Loaded together with the first screen (see App.tsx): the areas' strings are shared by their
// screens' components (a post card shows in a circle page and in the console), so they travel together.
registerMessages(
  { ...home.en, ...feed.en, ...circles.en, ...consoleScreens.en },
  { ...home.fr, ...feed.fr, ...circles.fr, ...consoleScreens.fr },
);

/** Marker export, so a dynamic import of this module has something to wait for. */
export const areaMessagesLoaded = true;
