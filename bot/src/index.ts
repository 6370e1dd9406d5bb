import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import pino, { type Logger } from 'pino';
import type { Server } from 'restify';
import { ConfigError, loadConfig, type Config } from './config';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { CharterRepository } from './domain/charter/charter-repository';
import { CircleRepository } from './domain/circles/circle-repository';
import { CircleService } from './domain/circles/circle-service';
import { CommentService } from './domain/content/comment-service';
import { EngagementRepository } from './domain/content/engagement-repository';
import { noLinkPreviews, type LinkPreviewer } from './domain/content/link-previewer';
import { PostRepository } from './domain/content/post-repository';
import { PostService } from './domain/content/post-service';
import { EditorialService } from './domain/editorial/editorial-service';
import { FeedIndex } from './domain/feed/feed-index';
import { FeedService } from './domain/feed/feed-service';
import { GamificationRepository } from './domain/gamification/gamification-repository';
import { GamificationService } from './domain/gamification/gamification-service';
import { KudosService } from './domain/gamification/kudos-service';
import { LeaderboardIndex } from './domain/gamification/leaderboard-index';
import { RewardService } from './domain/gamification/reward-service';
import { safeRecorder } from './domain/shared/activity';
import { AuditLog } from './domain/moderation/audit';
import { ModerationService } from './domain/moderation/moderation-service';
import { Lease } from './domain/shared/lease';
import { RateLimiter } from './domain/shared/rate-limiter';
import { TenantRegistry } from './domain/shared/tenant-registry';
import { ScheduledPublisher } from './jobs/scheduled-publisher';
import { QuizScheduler } from './jobs/quiz-scheduler';
import { QuizRepository } from './domain/quizzes/quiz-repository';
import { QuizService } from './domain/quizzes/quiz-service';
import { botQuizCards } from './teams/cards/quiz-cards';
import { QuizBotHandler } from './teams/quiz-handler';
import { PollRepository } from './domain/polls/poll-repository';
import { PollService } from './domain/polls/poll-service';
import { PollCloser } from './jobs/poll-closer';
import { pollCardRenderer } from './teams/cards/poll-cards';
import { PollBot } from './teams/poll-bot';
import { BotPollMessages } from './teams/poll-messages';
import { SafeLinkPreviewer } from './link-preview/safe-link-previewer';
import { CharterService } from './domain/charter/charter-service';
import { ConversationRepository } from './domain/conversations/conversation-repository';
import { ConversationService } from './domain/conversations/conversation-service';
import { MemberRepository } from './domain/members/member-repository';
import { MemberService } from './domain/members/member-service';
import { systemClock, type Clock } from './domain/shared/clock';
import { allContainers } from './domain/shared/containers';
import type { DocumentStore } from './domain/shared/document-store';
import { DevAuthenticator, SsoAuthenticator } from './http/auth/authenticator';
import { SsoTokenVerifier } from './http/auth/sso-token-verifier';
import { appVersion, builtTabDir } from './paths';
import { seedDemoCommunity } from './seed/demo-community';
import { seedDemoGame } from './seed/demo-game';
import type { Services } from './http/services';
import { makeServer } from './server';
import { CosmosDocumentStore } from './store/cosmos/cosmos-document-store';
import { SqliteDocumentStore } from './store/sqlite/sqlite-document-store';
import { botEndpoint, createBotAdapter, type BotCredentialsFactory } from './teams/bot-adapter';
import { botCredentialsFactoryOf, ConnectorTransport } from './teams/connector-transport';
import { NotificationBudget } from './domain/outbox/budget';
import { OutboxRepository } from './domain/outbox/outbox-repository';
import { OutboxService } from './domain/outbox/outbox-service';
import { OutboxWorker } from './jobs/outbox-worker';
import { OutboxBadgeNotifier } from './teams/badge-notifier';
import { BotRequestGate } from './teams/bot-request-gate';
import { GuildhallBot } from './teams/guildhall-bot';
import { BotSettingsHandler } from './teams/settings-handler';
import { MemberSettingsService } from './domain/nudges/member-settings-service';
import { NudgeRulesService } from './domain/nudges/nudge-rules-service';
import { NudgePlanner } from './domain/nudges/nudge-planner';
import { NudgePlannerJob } from './jobs/nudge-planner-job';
import { nudgeActivity } from './teams/cards/nudge-cards';

/** Replaceable parts, for tests (a store on the emulator, a fake clock, bot credentials without Entra). */
export interface Overrides {
  store?: DocumentStore;
  clock?: Clock;
  logger?: Logger;
  botCredentialsFactory?: BotCredentialsFactory;
  tabDir?: string;
  linkPreviewer?: LinkPreviewer;
  /** false keeps background jobs off even when startJobs() is called. */
  startJobs?: boolean;
}

/** A composed Guildhall, not yet listening. */
export interface App {
  server: Server;
  store: DocumentStore;
  logger: Logger;
  config: Config;
  /** The scheduled-post publisher (tests drive its ticks). */
  scheduler: ScheduledPublisher;
  /** Sends scheduled quizzes (tests drive its ticks). */
  quizScheduler: QuizScheduler;
  /** Closes polls at their time and updates their cards (tests drive its ticks). */
  pollCloser: PollCloser;
  /** The outbox's sender (tests drive its ticks). */
  outboxWorker: OutboxWorker;
  /** Decides who gets which nudge and enqueues it (tests drive its ticks). */
  nudgePlanner: NudgePlannerJob;
  /** The domain services behind the API (tests and tools call them directly). */
  services: Services;
  /** Starts background jobs (main() does, once listening; tests decide). */
  startJobs(): void;
  /** Stops background work and closes the store (the HTTP server is closed by its owner). */
  close(): Promise<void>;
}

/**
 * The composition root: the only place that knows every concrete class. `main()` uses it to run;
 * integration tests use it to get the same server on port 0.
 */
export async function compose(config: Config, overrides: Overrides = {}): Promise<App> {
  const logger = overrides.logger ?? pino({ level: config.logLevel, base: { app: 'guildhall' } });
  const clock = overrides.clock ?? systemClock;
  const store = overrides.store ?? (await openStore(config));

  // Repositories, one per area, all on the same store.
  const memberRepository = new MemberRepository(store);
  const charterRepository = new CharterRepository(store);
  const circleRepository = new CircleRepository(store);
  const postRepository = new PostRepository(store, clock);
  const feedIndex = new FeedIndex({
    posts: postRepository,
    circles: circleRepository,
    clock,
    refreshMs: 5000,
  });
  const tenants = new TenantRegistry(store);
  const audit = new AuditLog(store);
  const rateLimiter = new RateLimiter(store, clock);
  const linkPreviewer =
    overrides.linkPreviewer ??
    (config.linkPreview.enabled
      ? new SafeLinkPreviewer({
          logger,
          timeoutMs: config.linkPreview.timeoutMs,
          maxBytes: config.linkPreview.maxBytes,
          allowPrivateNetworks: config.linkPreview.allowPrivateNetworks,
        })
      : noLinkPreviews);

  // The bot adapter first: gamification tells members of badges through it.
  const botCredentials = overrides.botCredentialsFactory ?? botCredentialsFactoryOf(config.bot);
  const adapter = createBotAdapter(config.bot, logger, botCredentials);
  const conversationRepository = new ConversationRepository(store);
  // Points and badges follow what members do (DESIGN.md key 8).
  const gameRepository = new GamificationRepository(store);
  const leaderboard = new LeaderboardIndex({
    game: gameRepository,
    members: memberRepository,
    clock,
    refreshMs: 5000,
  });
  const gamification = new GamificationService({
    store,
    game: gameRepository,
    members: memberRepository,
    circles: circleRepository,
    leaderboard,
    // Badge cards go through the outbox (built below; called at run time), within the budget.
    notifier: new OutboxBadgeNotifier({
      outbox: () => outbox,
      members: memberRepository,
      enabled: async (tenantId) => (await nudgeRules.current(tenantId)).badges.enabled,
      teamsAppId: config.teamsAppId,
      clock,
      logger,
    }),
    clock,
  });
  // A failure in points never fails what the member did; the ledger can repair it later.
  const activity = safeRecorder(gamification, (error, event) =>
    logger.error({ err: error, event: event.type, tenantId: event.tenantId }, 'points not recorded'),
  );

  // Services.
  const members = new MemberService({
    members: memberRepository,
    tenants,
    clock,
    circles: circleRepository,
    // Called at run time, once `circles` below exists.
    welcome: (member) => circles.joinCommunityWide(member),
  });
  const charter = new CharterService({
    charters: charterRepository,
    members: memberRepository,
    posts: postRepository,
    clock,
  });
  const conversations = new ConversationService({ conversations: conversationRepository, clock });
  // Proactive messages (DESIGN.md §4): written to the outbox, sent by the worker within budgets.
  const outboxRepository = new OutboxRepository(store);
  const outbox = new OutboxService({ repository: outboxRepository, clock, members: memberRepository });
  const instanceName = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const outboxWorker = new OutboxWorker(
    {
      repository: outboxRepository,
      members: memberRepository,
      conversations: conversationRepository,
      conversationService: conversations,
      tenants,
      // The community's defaults, as the animator set them with the nudge rules (read when sending).
      budget: new NotificationBudget(store, (tenantId) => nudgeRules.budgetDefaults(tenantId)),
      transport: new ConnectorTransport({
        credentialsFactory: botCredentials,
        appId: config.bot?.appId ?? '',
      }),
      lease: (name) => new Lease(store, clock, name, instanceName),
      clock,
      logger,
      holder: instanceName,
    },
    config.outbox,
  );
  const circles = new CircleService({
    circles: circleRepository,
    members: memberRepository,
    clock,
    posts: postRepository,
    activity,
  });
  const posts = new PostService({
    posts: postRepository,
    engagement: new EngagementRepository(store),
    circles: circleRepository,
    members: memberRepository,
    charters: charterRepository,
    charter,
    audit,
    rateLimiter,
    linkPreviewer,
    clock,
    activity,
  });
  const comments = new CommentService({
    posts: postRepository,
    postService: posts,
    members: memberRepository,
    charters: charterRepository,
    charter,
    rateLimiter,
    clock,
    activity,
  });
  const feed = new FeedService({
    store,
    posts: postRepository,
    postService: posts,
    circles: circleRepository,
    circleService: circles,
    members: memberRepository,
    index: feedIndex,
    clock,
  });
  const moderation = new ModerationService({
    store,
    posts: postRepository,
    postService: posts,
    circles: circleRepository,
    members: memberRepository,
    audit,
    clock,
    activity,
  });
  const editorial = new EditorialService({
    posts: postRepository,
    postService: posts,
    members: memberRepository,
    charters: charterRepository,
    clock,
  });

  const kudos = new KudosService({
    store,
    posts,
    postRepository,
    game: gamification,
    charters: charterRepository,
    circles: circleRepository,
    members: memberRepository,
    clock,
  });
  const rewards = new RewardService({
    store,
    game: gameRepository,
    members: memberRepository,
    circles: circleRepository,
    circleService: circles,
    clock,
  });
  // Quizzes (DESIGN.md keys 3 and 8): sent through the outbox, right answers paid by gamification.
  const quizzes = new QuizService({
    quizzes: new QuizRepository(store),
    members: memberRepository,
    circles: circleRepository,
    outbox,
    cards: botQuizCards,
    activity,
    points: {
      pointsFor: async (tenantId, memberId, key) =>
        (await gameRepository.entry(tenantId, memberId, key))?.points,
    },
    clock,
  });
  // Polls in channels and group chats (DESIGN.md keys 4 and 5): posted from the tab through the outbox.
  const polls = new PollService({
    polls: new PollRepository(store),
    members: memberRepository,
    conversations: conversationRepository,
    outbox,
    renderer: pollCardRenderer,
    messages: new BotPollMessages({
      adapter,
      conversations: conversationRepository,
      appId: config.bot?.appId ?? '',
    }),
    activity,
    clock,
  });
  if (config.seedDemo) {
    for (const tenantId of demoTenants(config)) {
      const { seeded } = await seedDemoCommunity({ store, tenantId, clock });
      if (seeded) logger.info({ tenantId }, 'demo community seeded');
      const game = await seedDemoGame({
        store,
        tenantId,
        clock,
        members: memberRepository,
        circles: circleRepository,
        kudos,
      });
      if (game.seeded) logger.info({ tenantId }, 'demo points, badges and rewards seeded');
      await tenants.register(tenantId, clock.now());
    }
  }

  // Background work.
  const scheduler = new ScheduledPublisher({
    tenants,
    posts: postRepository,
    postService: posts,
    lease: new Lease(
      store,
      clock,
      'scheduled-publisher',
      `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ),
    clock,
    logger,
    intervalMs: config.schedulerIntervalMs,
  });

  const quizScheduler = new QuizScheduler({
    tenants,
    quizzes,
    lease: new Lease(
      store,
      clock,
      'quiz-scheduler',
      `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ),
    clock,
    logger,
    intervalMs: config.schedulerIntervalMs,
  });

  const pollCloser = new PollCloser({
    tenants,
    polls,
    lease: new Lease(store, clock, 'poll-closer', `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`),
    logger,
    intervalMs: config.schedulerIntervalMs,
  });

  const authenticator = config.sso
    ? new SsoAuthenticator(new SsoTokenVerifier(config.sso))
    : new DevAuthenticator(config.dev);
  // Nudges (DESIGN.md keys 3, 7 and 9): the animator's rules and each member's own settings.
  const nudgeRules = new NudgeRulesService({ store, members: memberRepository, clock });
  const memberSettings = new MemberSettingsService({ members: memberRepository, rules: nudgeRules });
  const nudgePlanner = new NudgePlannerJob({
    tenants,
    planner: new NudgePlanner({
      store,
      members: memberRepository,
      circles: circleRepository,
      charters: charterRepository,
      posts: postRepository,
      feed,
      rules: nudgeRules,
      outbox,
      render: (message) => nudgeActivity(message, config.teamsAppId),
      clock,
    }),
    lease: new Lease(
      store,
      clock,
      'nudge-planner',
      `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ),
    logger,
    // Batches are hours long: planning every few minutes is plenty.
    intervalMs: Math.max(config.schedulerIntervalMs, 300_000),
  });
  const bot = new GuildhallBot({
    members,
    charter,
    conversations,
    feed,
    game: gamification,
    logger,
    teamsAppId: config.teamsAppId,
    devTenantId: config.devMode ? config.dev.tenantId : undefined,
    settings: new BotSettingsHandler({ settings: memberSettings, teamsAppId: config.teamsAppId }),
    quiz: new QuizBotHandler({ quizzes }),
    polls: new PollBot({ polls, clock, logger }),
  });
  const gate = new BotRequestGate({
    auth: config.bot
      ? { appId: config.bot.appId, openIdMetadataUrl: config.bot.openIdMetadataUrl }
      : undefined,
    allowedTenants: config.sso ? config.sso.allowedTenants : [config.dev.tenantId],
    devTenantId: config.devMode ? config.dev.tenantId : undefined,
    logger,
  });

  const services: Services = {
    members,
    charter,
    circles,
    posts,
    comments,
    feed,
    moderation,
    editorial,
    linkPreviewer,
    gamification,
    kudos,
    rewards,
    outbox,
    nudgeRules,
    memberSettings,
    quizzes,
    polls,
  };
  const server = makeServer({
    config,
    logger,
    store,
    authenticator,
    bot: botEndpoint(adapter, bot, gate, logger),
    services,
    tabDir: overrides.tabDir ?? builtTabDir(),
    version: appVersion(),
  });

  return {
    server,
    store,
    logger,
    config,
    scheduler,
    quizScheduler,
    pollCloser,
    outboxWorker,
    nudgePlanner,
    services,
    startJobs() {
      if (overrides.startJobs !== false) {
        scheduler.start();
        quizScheduler.start();
        pollCloser.start();
        outboxWorker.start();
        nudgePlanner.start();
      }
    },
    async close() {
      await scheduler.stop();
      await quizScheduler.stop();
      await pollCloser.stop();
      await nudgePlanner.stop();
      await outboxWorker.stop();
      await store.close();
    },
  };
}

/** Tenants that get the demo community: the dev tenant, or each explicitly allowed tenant. */
function demoTenants(config: Config): string[] {
  if (!config.sso) return [config.dev.tenantId];
  return config.sso.allowedTenants === '*' ? [] : config.sso.allowedTenants;
}

async function openStore(config: Config): Promise<DocumentStore> {
  if (config.store.engine === 'sqlite') return SqliteDocumentStore.open(config.store.path);
  const { endpoint, key, database } = config.store;
  const client = key
    ? new CosmosClient({ endpoint, key })
    : new CosmosClient({ endpoint, aadCredentials: new DefaultAzureCredential() });
  return CosmosDocumentStore.connect({ client, databaseId: database, containers: allContainers });
}

/** Runs Guildhall: compose, listen, and shut down gracefully on SIGTERM/SIGINT. */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await compose(config);
  const { server, logger } = app;
  app.startJobs();
  if (config.devMode) {
    logger.warn(
      {
        botAuth: config.bot ? 'on' : 'OFF',
        apiIdentity: config.sso ? 'Teams SSO' : 'X-Dev-User header (anyone can act as anyone)',
      },
      '!!! DEV MODE: authentication is not fully configured. Never expose this server. !!!',
    );
  }
  await new Promise<void>((resolve, reject) => {
    // restify re-emits the HTTP server's errors (a port already in use) on itself.
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is already in use. Stop the other process or set PORT.`)
          : error,
      ),
    );
    server.listen(config.port, config.host, resolve);
  });
  logger.info(
    { url: `http://${config.host}:${server.address().port}`, store: app.store.engine },
    `Guildhall is up: tab at /tab/, bot at /api/messages, API at /api/v1`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    // Keep-alive connections go idle as their last request ends; closing them lets close() finish.
    const reaper = setInterval(() => server.server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(reaper);
      void app.close().then(
        () => {
          logger.info('stopped cleanly');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'error while closing the store');
          process.exit(1);
        },
      );
    });
    server.server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `Guildhall failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
