import * as deliveries from './messages/deliveries';
import { registerMessages } from './i18n';

// The Deliveries page imports this: its strings travel with its code, out of the start-up bundle.
registerMessages(deliveries.en, deliveries.fr);

/** Marker export, so a dynamic import of this module has something to wait for. */
export const deliveriesMessagesLoaded = true;
