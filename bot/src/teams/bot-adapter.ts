import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import type { Config } from '../config';
import type { BotEndpoint } from '../server';
import type { GuildhallBot } from './guildhall-bot';
import { turnErrorText } from './guildhall-bot';
import type { BotRequestGate } from './bot-request-gate';

/** How outgoing calls to the Bot Connector obtain their token. */
export type BotCredentialsFactory = ServiceClientCredentialsFactory;

const DEFAULT_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

/**
 * The Bot Framework CloudAdapter. With a bot app configured it validates every incoming Bot
 * Connector token (issuer, audience = our app id, signature, service URL, endorsements); in dev
 * mode authentication is off. `credentialsFactory` replaces how outgoing calls get their token
 * (tests use it; production uses the app password or managed identity from configuration).
 */
export function createBotAdapter(
  bot: Config['bot'],
  logger: Logger,
  credentialsFactory?: ServiceClientCredentialsFactory,
): CloudAdapter {
  let options: ConfigurationBotFrameworkAuthenticationOptions = {};
  if (bot) {
    options = {
      MicrosoftAppId: bot.appId,
      MicrosoftAppPassword: bot.appPassword ?? '',
      MicrosoftAppType: bot.appType,
      MicrosoftAppTenantId: bot.appTenantId ?? '',
    };
    if (bot.openIdMetadataUrl !== DEFAULT_METADATA) {
      // Setting one of these switches botbuilder to "explicit" mode, where every one must be given.
      options = {
        ...options,
        ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        CallerId: 'urn:botframework:azure',
        ValidateAuthority: true,
      };
    }
  }
  const auth = new ConfigurationBotFrameworkAuthentication(options, credentialsFactory);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activityType: context.activity.type }, 'bot turn failed');
    // An invoke is answered by its own response; anything else gets a polite message.
    if (context.activity.type === (ActivityTypes.Message as string)) {
      try {
        await context.sendActivity(turnErrorText(context.activity, error));
      } catch (sendError) {
        logger.warn({ err: sendError }, 'could not tell the member about the failed turn');
      }
    }
  };
  return adapter;
}

/** Connects POST /api/messages to the gate, the adapter and the bot. */
export function botEndpoint(
  adapter: CloudAdapter,
  bot: GuildhallBot,
  gate: BotRequestGate,
  logger: Logger,
): BotEndpoint {
  return {
    async process(req: Request, res: Response) {
      const activity = (req.body ?? {}) as Parameters<BotRequestGate['check']>[1];
      const verdict = await gate.check(req.header('authorization'), activity);
      if (!verdict.ok) {
        logger.warn({ reason: verdict.reason }, 'bot request refused');
        res.send(401, { error: { code: 'AUTH.UNAUTHENTICATED', message: 'Unauthorized.' } });
        return;
      }
      await adapter.process(req, res, (context) => bot.run(context));
    },
  };
}
