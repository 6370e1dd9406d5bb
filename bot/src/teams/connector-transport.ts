import {
  ConfigurationServiceClientCredentialFactory,
  TurnContext,
  type ConversationReference,
} from 'botbuilder';
import {
  AuthenticationConstants,
  type ServiceClientCredentials,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { Config } from '../config';
import type { SendResult, Transport } from '../jobs/outbox-worker';

/** How long one send may take before it counts as a network failure (retried). */
const SEND_TIMEOUT_MS = 30_000;

/** The credentials outgoing calls use: the app's (password or managed identity), none in dev mode. */
export function botCredentialsFactoryOf(bot: Config['bot']): ServiceClientCredentialsFactory {
  return new ConfigurationServiceClientCredentialFactory(
    bot
      ? {
          MicrosoftAppId: bot.appId,
          MicrosoftAppPassword: bot.appPassword ?? '',
          MicrosoftAppType: bot.appType,
          MicrosoftAppTenantId: bot.appTenantId ?? '',
        }
      : {},
  );
}

/**
 * Sends one activity to a conversation with ONE HTTP call to the Bot Connector
 * (`POST {serviceUrl}/v3/conversations/{id}/activities`) and reports what it answered. The
 * botbuilder ConnectorClient retries 429s and 5xx on its own, out of sight of our rate limits and
 * of the delivery's status; the outbox worker decides about retries instead, so this calls HTTP
 * directly, with the token botbuilder's credentials give.
 */
export class ConnectorTransport implements Transport {
  private credentials: Promise<ServiceClientCredentials | undefined> | undefined;

  constructor(
    private readonly deps: {
      credentialsFactory: ServiceClientCredentialsFactory;
      /** The bot's app id ('' in dev mode). */
      appId: string;
    },
  ) {}

  async send(reference: Record<string, unknown>, activity: Record<string, unknown>): Promise<SendResult> {
    const ref = reference as Partial<ConversationReference>;
    const { activityId: _activityId, ...conversation } = ref;
    const conversationId = conversation.conversation?.id;
    const serviceUrl = conversation.serviceUrl;
    if (!conversationId || !serviceUrl) return { status: 404 };
    // A new message in the conversation (not a reply to the message the reference came from).
    const message = TurnContext.applyConversationReference({ type: 'message', ...activity }, conversation);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    const authorization = await this.authorization();
    if (authorization) headers['authorization'] = authorization;
    const url = `${serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch {
      return { status: 0 };
    }
    const text = await response.text().catch(() => '');
    const result: SendResult = { status: response.status };
    const retryAfter = retryAfterMs(response.headers.get('retry-after'));
    if (retryAfter !== undefined) result.retryAfterMs = retryAfter;
    if (response.ok && text) {
      try {
        const id = (JSON.parse(text) as { id?: unknown }).id;
        if (typeof id === 'string') result.activityId = id;
      } catch {
        // A 2xx without a JSON body is still sent.
      }
    }
    return result;
  }

  private async authorization(): Promise<string | undefined> {
    this.credentials ??= (async () => {
      if (await this.deps.credentialsFactory.isAuthenticationDisabled()) return undefined;
      return this.deps.credentialsFactory.createCredentials(
        this.deps.appId,
        AuthenticationConstants.ToChannelFromBotOAuthScope,
        AuthenticationConstants.ToChannelFromBotLoginUrl,
        true,
      );
    })();
    const credentials = await this.credentials;
    if (!credentials) return undefined;
    // Credentials sign a request by setting its Authorization header (and cache their token).
    const captured = new Map<string, string>();
    await credentials.signRequest({
      headers: { set: (name: string, value: string) => captured.set(name.toLowerCase(), value) },
    } as never);
    return captured.get('authorization');
  }
}

/** Retry-After in seconds or as an HTTP date, in milliseconds. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
