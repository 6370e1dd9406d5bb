import type { ContainerDefinition, OrderBy } from './document-store';

const asc = (path: string): OrderBy => ({ path, direction: 'asc' });
const desc = (path: string): OrderBy => ({ path, direction: 'desc' });

/**
 * Every container, its partition key and the orders and filters it must serve cheaply.
 * docs/ARCHITECTURE.md repeats this table; infra/modules/cosmos.bicep declares the same containers
 * (a unit test keeps them equal); each repository's header says which reads it makes.
 */
export const Containers = {
  /** Members of a tenant's community. pk = tenantId: point reads by member id. */
  members: {
    name: 'members',
    partitionKey: 'tenantId',
    indexes: [
      { fields: [asc('displayName')] },
      // The few who opted out of public ranking (the field exists only for them).
      { fields: [asc('displayName')], sparseOn: 'rankingOptOut' },
    ],
  },
  /** Tenant-wide singletons and versioned documents: settings, charter versions, goals. pk = tenantId. */
  community: {
    name: 'community',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('kind'), desc('version')] }],
  },
  /** Bot conversation references for proactive messages. pk = tenantId; id = conversation id. */
  conversations: {
    name: 'conversations',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('memberId')] }, { fields: [asc('type')] }],
  },
  /** Circles of every size. pk = tenantId: the directory lists a tenant's circles. */
  circles: {
    name: 'circles',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('name')] }],
  },
  /** Circle memberships. pk = tenantId; id = circleId|memberId. Read by member and by circle. */
  memberships: {
    name: 'memberships',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('memberId')] }, { fields: [asc('circleId'), asc('status')] }],
  },
  /** Posts in every state. pk = tenantId: feeds rank across the member's circles, newest first. */
  posts: {
    name: 'posts',
    partitionKey: 'tenantId',
    indexes: [
      // The feed's read model loads and follows posts by their last change.
      { fields: [asc('updatedAt')] },
      // The home feed walks this order filtering on status, readability and tags: the index holds them.
      { fields: [desc('publishedAt')], include: ['status', 'circleId', 'circleVisibility', 'tags'] },
      { fields: [asc('circleId'), desc('publishedAt')] },
      { fields: [asc('status'), asc('scheduledFor')] },
      { fields: [asc('authorId'), desc('updatedAt')] },
      { fields: [desc('engagement')] },
      // Posts targeted at segments are rare: the home feed finds the newest ones without a scan.
      {
        fields: [desc('publishedAt')],
        sparseOn: 'audience',
        include: ['status', 'circleId', 'circleVisibility'],
      },
    ],
  },
  /** Comments of a post. pk = tenantId|postId: a post's thread is one partition. */
  comments: {
    name: 'comments',
    partitionKey: 'tenantId|postId',
    indexes: [{ fields: [asc('createdAt')] }],
  },
  /** One reaction and one idea vote per member and post. pk = tenantId|postId; id = memberId or vote|memberId. */
  reactions: {
    name: 'reactions',
    partitionKey: 'tenantId|postId',
    indexes: [],
  },
  /** A member's bookmarks. pk = tenantId|memberId; id = postId. */
  bookmarks: {
    name: 'bookmarks',
    partitionKey: 'tenantId|memberId',
    indexes: [{ fields: [desc('createdAt')] }],
  },
  /** Reports of posts and comments. pk = tenantId; id = targetType|targetId|reporterId (one per reporter). */
  reports: {
    name: 'reports',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('status'), desc('createdAt')] }],
  },
  /** What moderators and admins did, never edited. pk = tenantId. */
  audit: {
    name: 'audit',
    partitionKey: 'tenantId',
    indexes: [{ fields: [desc('at')] }],
  },
  /** Ranked feed snapshots, so pages never repeat or skip while posts arrive. pk = tenantId|memberId. */
  feedSessions: {
    name: 'feed_sessions',
    partitionKey: 'tenantId|memberId',
    indexes: [],
  },
  /** Per-member counters (rate limits, seen posts). pk = tenantId|memberId. */
  counters: {
    name: 'counters',
    partitionKey: 'tenantId|memberId',
    indexes: [],
  },
  /** The points ledger: one entry per award, never edited. pk = tenantId|memberId; id = idempotency key. */
  ledger: {
    name: 'ledger',
    partitionKey: 'tenantId|memberId',
    indexes: [{ fields: [desc('at')] }, { fields: [asc('applied')] }],
  },
  /** Totals per bucket (all time, season, month, week; community or circle). pk = tenantId|bucket; id = memberId. */
  scores: {
    name: 'scores',
    partitionKey: 'tenantId|bucket',
    indexes: [{ fields: [asc('updatedAt')] }],
  },
  /** A member's wallet, stats and earned badges. pk = tenantId|memberId. */
  progress: {
    name: 'progress',
    partitionKey: 'tenantId|memberId',
    indexes: [{ fields: [asc('kind'), desc('earnedAt')] }],
  },
  /** The rewards catalogue. pk = tenantId. */
  rewards: {
    name: 'rewards',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('cost')] }],
  },
  /** Redemptions of rewards. pk = tenantId; read by status for admins and by member. */
  redemptions: {
    name: 'redemptions',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('status'), desc('at')] }, { fields: [asc('memberId'), desc('at')] }],
  },
  /**
   * Proactive deliveries (the outbox): one per campaign and recipient. pk = tenantId; id = hash of
   * campaign + recipient (the idempotency key). Workers read what is due; animators a campaign's.
   */
  deliveries: {
    name: 'deliveries',
    partitionKey: 'tenantId',
    indexes: [{ fields: [asc('status'), asc('dueAt')] }, { fields: [asc('campaignId'), asc('status')] }],
  },
  /** Campaigns: why a batch of deliveries was sent, for the animator. pk = tenantId. */
  campaigns: {
    name: 'campaigns',
    partitionKey: 'tenantId',
    indexes: [{ fields: [desc('createdAt')] }],
  },
  /** Quizzes in every state. pk = tenantId: the console lists them; the scheduler finds the due ones. */
  quizzes: {
    name: 'quizzes',
    partitionKey: 'tenantId',
    indexes: [
      { fields: [desc('updatedAt')] },
      { fields: [asc('status'), asc('scheduledFor')] },
      { fields: [asc('status'), desc('sentAt')] },
    ],
  },
  /** Answers to a quiz. pk = tenantId|quizId; id = memberId|questionId (the idempotency key). */
  quizAnswers: {
    name: 'quiz_answers',
    partitionKey: 'tenantId|quizId',
    indexes: [],
  },
  /**
   * Polls posted in channels and group chats. pk = tenantId; id = pollId. The closing job reads open
   * polls by closing time and closed ones whose final card is still to be pushed; the tab lists them.
   */
  polls: {
    name: 'polls',
    partitionKey: 'tenantId',
    indexes: [
      { fields: [asc('status'), asc('closesAt')] },
      { fields: [desc('createdAt')] },
      { fields: [asc('closesAt')], sparseOn: 'cardPending' },
    ],
  },
  /** One vote per member and poll. pk = tenantId|pollId; id = pollId|memberId. A poll's votes are one partition. */
  pollVotes: {
    name: 'poll_votes',
    partitionKey: 'tenantId|pollId',
    indexes: [{ fields: [asc('at')] }],
  },
  /** System documents: the tenant registry and job leases. tenantId = pk = "_system". */
  system: {
    name: 'system',
    partitionKey: '"_system"',
    indexes: [],
  },
} as const satisfies Record<string, ContainerDefinition>;

/** The pseudo-tenant of system documents (tenant registry, job leases). */
export const SYSTEM_TENANT = '_system';

/** All container definitions, for adapters that create them up front. */
export const allContainers: readonly ContainerDefinition[] = Object.values(Containers);
