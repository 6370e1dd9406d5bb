import type { BaseDoc } from '../shared/document-store';

/** Where the bot is installed. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

/**
 * A conversation the bot can write to later: the reference Teams gave on install, kept as plain
 * JSON so the domain needs no botbuilder types. id = safeId(conversation id).
 */
export interface ConversationRecord extends BaseDoc {
  kind: 'conversation';
  conversationId: string;
  type: ConversationType;
  /** For personal chats: the member it belongs to. */
  memberId?: string;
  teamId?: string;
  /** Opaque Bot Framework ConversationReference. */
  reference: Record<string, unknown>;
  installedAt: string;
  updatedAt: string;
  /** Set once, when the welcome card was claimed for sending. */
  greetedAt?: string;
  /** Set when Teams says the bot can no longer write here (uninstalled, 403/404). */
  removedAt?: string;
}
