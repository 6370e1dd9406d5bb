import type { CircleDetailDto, CircleMemberDto, CircleSummaryDto } from '../../../contracts/circles';
import type { CommentDto, FeedItemDto, PostDto } from '../../../contracts/content';
import type {
  BadgeDto,
  BadgeIconDto,
  GameRulesDto,
  LeaderboardDto,
  ProgressDto,
  RedemptionDto,
  RewardDto,
} from '../../../contracts/gamification';
import type { QueueItemDto } from '../../../contracts/moderation';
import type { CommunityDto, GoalDto, MeDto, MemberSummaryDto } from '../../../contracts/schemas';
import type { CharterVersion, CommunitySettings } from '../domain/charter/charter';
import type { CommunityOverview, GoalProgress } from '../domain/charter/charter-service';
import type { Circle, Membership } from '../domain/circles/circle';
import type { CircleView } from '../domain/circles/circle-access';
import type { CommentView } from '../domain/content/comment-service';
import type { PostView } from '../domain/content/post-service';
import type { FeedEntry } from '../domain/feed/feed-service';
import type { BadgeDefinition, GameRules, Reward } from '../domain/gamification/gamification';
import type { BoardView, Progress } from '../domain/gamification/gamification-service';
import type { CatalogueEntry, RedemptionView } from '../domain/gamification/reward-service';
import type { Standing } from '../domain/gamification/leaderboard-index';
import type { Member } from '../domain/members/member';
import type { Stored } from '../domain/shared/document-store';
import type { QueueEntry } from '../domain/moderation/moderation-service';

/** Domain objects to API shapes. Presenters decide what leaves the server; nothing else does. */
export const present = {
  me: (member: Member, options: { devMode: boolean; currentCharterVersion: number | undefined }): MeDto => {
    return {
      id: member.id,
      tenantId: member.tenantId,
      displayName: member.displayName,
      language: member.language ?? null,
      roles: member.roles,
      charterAcknowledgedVersion: member.charterAcknowledgedVersion ?? null,
      currentCharterVersion: options.currentCharterVersion ?? null,
      followedTags: member.followedTags,
      segments: member.segments,
      joinedAt: member.joinedAt,
      devMode: options.devMode,
    };
  },

  memberSummary: (member: Member): MemberSummaryDto => {
    return {
      id: member.id,
      displayName: member.displayName,
      department: member.segments.department ?? null,
      jobRole: member.segments.jobRole ?? null,
    };
  },

  charter: (charter: CharterVersion) => {
    return {
      version: charter.version,
      purpose: charter.purpose,
      values: charter.values,
      codeOfConduct: charter.codeOfConduct,
      rituals: charter.rituals,
      publishedAt: charter.publishedAt,
    };
  },

  settings: (settings: CommunitySettings) => {
    return {
      name: settings.name,
      tagline: settings.tagline,
      targetPostsPerWeek: settings.targetPostsPerWeek,
      stockWarningDays: settings.stockWarningDays,
      rateLimits: settings.rateLimits,
    };
  },

  goal: ({ goal, current, progress }: GoalProgress): GoalDto => {
    return {
      id: goal.id,
      title: goal.title,
      metric: goal.metric,
      target: goal.target,
      current,
      progress,
      startsOn: goal.startsOn,
      dueOn: goal.dueOn ?? null,
    };
  },

  community: ({ settings, charter, goals }: CommunityOverview): CommunityDto => {
    return {
      name: settings.name,
      tagline: settings.tagline,
      charter: present.charter(charter),
      goals: goals.map(present.goal),
      settings: present.settings(settings),
    };
  },

  circleSummary: (circle: Circle, membership: Membership | undefined): CircleSummaryDto => {
    return {
      id: circle.id,
      type: circle.type,
      visibility: circle.visibility,
      name: circle.name,
      description: circle.description,
      tags: circle.tags,
      language: circle.language ?? null,
      memberCount: circle.memberCount,
      archived: circle.archivedAt !== undefined,
      myStatus: membership?.status ?? 'none',
      myRole: membership?.status === 'active' ? membership.role : null,
    };
  },

  circleDetail: (view: CircleView): CircleDetailDto => {
    return {
      ...present.circleSummary(view.circle, view.membership),
      canRead: view.canRead,
      canPost: view.canPost,
      canManage: view.canManage,
      createdAt: view.circle.createdAt,
    };
  },

  circleMember: ({
    membership,
    member,
  }: {
    membership: Membership;
    member: Member | undefined;
  }): CircleMemberDto => {
    return {
      member: member
        ? present.memberSummary(member)
        : { id: membership.memberId, displayName: 'Former member', department: null, jobRole: null },
      role: membership.role,
      status: membership.status,
      since: membership.since,
    };
  },

  post: (view: PostView): PostDto => {
    const { post } = view;
    return {
      id: post.id,
      type: post.type,
      circle: { id: view.circle.id, name: view.circle.name, visibility: view.circle.visibility },
      author: view.author ? present.memberSummary(view.author) : null,
      anonymous: post.anonymous,
      isMine: view.isMine,
      title: post.title,
      body: post.body,
      url: post.url ?? null,
      preview: post.preview ?? null,
      video: post.video ?? null,
      language: post.language,
      tags: post.tags,
      mentions: view.mentions.map(present.memberSummary),
      audience: post.audience ?? null,
      status: post.status,
      ready: post.ready ?? false,
      heldReason: view.canModerate || view.isMine ? (post.heldReason ?? null) : null,
      scheduledFor: post.scheduledFor ?? null,
      publishedAt: post.publishedAt,
      editedAt: post.editedAt ?? null,
      counts: post.counts,
      myReaction: view.myReaction ?? null,
      myVote: view.myVote,
      bookmarked: view.bookmarked,
      acceptedAnswerId: post.acceptedAnswerId ?? null,
      ideaStatus: post.ideaStatus ?? null,
      kudos:
        post.kudos && view.kudosTo
          ? { to: present.memberSummary(view.kudosTo), value: post.kudos.value }
          : null,
      canEdit: view.canEdit,
      canModerate: view.canModerate,
    };
  },

  feedItem: (entry: FeedEntry): FeedItemDto => {
    return { post: present.post(entry.view), isNew: entry.isNew, reason: entry.reason };
  },

  comment: (view: CommentView): CommentDto => {
    const { comment } = view;
    return {
      id: comment.id,
      postId: comment.postId,
      parentId: comment.parentId ?? null,
      author: view.author ? present.memberSummary(view.author) : null,
      anonymous: comment.anonymous,
      isMine: view.isMine,
      body: comment.body,
      mentions: view.mentions.map(present.memberSummary),
      status: comment.status,
      heldReason: view.canModerate || view.isMine ? (comment.heldReason ?? null) : null,
      accepted: comment.accepted ?? false,
      createdAt: comment.createdAt,
      editedAt: comment.editedAt ?? null,
      canEdit: view.canEdit,
      canModerate: view.canModerate,
    };
  },

  queueItem: (entry: QueueEntry): QueueItemDto => {
    return {
      targetType: entry.targetType,
      post: present.post(entry.post),
      comment: entry.comment
        ? present.comment({
            comment: entry.comment,
            author: entry.commentAuthor,
            mentions: [],
            isMine: false,
            canEdit: false,
            canModerate: true,
          })
        : null,
      reports: entry.reports.map((r) => ({ reason: r.reason, note: r.note, at: r.createdAt })),
      heldReason: entry.heldReason ?? null,
      firstFlaggedAt: entry.firstFlaggedAt,
    };
  },

  /** Someone no longer in the directory (left the company): named neutrally. */
  formerMember: (id: string): MemberSummaryDto => ({
    id,
    displayName: 'Former member',
    department: null,
    jobRole: null,
  }),

  badge: (badge: BadgeDefinition): BadgeDto => ({
    id: badge.id,
    name: badge.name,
    description: badge.description,
    icon: badge.icon as BadgeIconDto,
    rule: badge.rule,
    threshold: badge.threshold,
  }),

  gameRules: (rules: Stored<GameRules>): GameRulesDto => ({
    actions: rules.actions,
    levels: rules.levels,
    badges: rules.badges.map(present.badge),
    kudosPerWeek: rules.kudosPerWeek,
    season: rules.season,
    updatedAt: rules.updatedAt,
    etag: rules.etag,
  }),

  progress: (progress: Progress): ProgressDto => ({
    points: progress.earned,
    balance: progress.balance,
    level: {
      index: progress.level.index,
      name: progress.level.current.name,
      threshold: progress.level.current.threshold,
      next: progress.level.next ?? null,
      progress: progress.level.progress,
    },
    badges: progress.badges.map((b) => ({
      ...present.badge(b.definition),
      earnedAt: b.earnedAt,
      celebrated: b.celebrated,
    })),
    nextBadges: progress.nextBadges.map((b) => ({
      badge: present.badge(b.definition),
      current: b.current,
      progress: b.progress,
    })),
    streak: progress.streak,
    history: {
      items: progress.history.map((e) => ({
        id: e.id,
        action: e.action,
        points: e.points,
        capped: e.capped,
        source: e.source,
        at: e.at,
      })),
      ...(progress.historyContinuation ? { continuation: progress.historyContinuation } : {}),
    },
    rankingOptOut: progress.member.rankingOptOut === true,
    season: progress.season,
  }),

  standing: (s: Standing & { member: Member | undefined }) => ({
    rank: s.rank,
    points: s.points,
    member: s.member ? present.memberSummary(s.member) : present.formerMember(s.memberId),
  }),

  leaderboard: (board: BoardView): LeaderboardDto => ({
    period: board.period,
    season: board.season,
    circle: board.circle ?? null,
    top: board.top.map(present.standing),
    me: { rank: board.me.rank, points: board.me.points, optedOut: board.me.optedOut },
    neighbours: board.neighbours.map(present.standing),
    participants: board.participants,
  }),

  reward: (reward: Stored<Reward>, mine: number): RewardDto => ({
    id: reward.id,
    name: reward.name,
    description: reward.description,
    type: reward.type,
    circleId: reward.circleId ?? null,
    cost: reward.cost,
    stock: reward.stock === null ? null : Math.max(0, reward.stock),
    perMemberLimit: reward.perMemberLimit,
    active: reward.active,
    mine,
    etag: reward.etag,
  }),

  catalogueEntry: (entry: CatalogueEntry): RewardDto => present.reward(entry.reward, entry.mine),

  redemption: ({ redemption, reward, member }: RedemptionView): RedemptionDto => ({
    id: redemption.id,
    status: redemption.status === 'pending' ? 'requested' : redemption.status,
    cost: redemption.cost,
    at: redemption.at,
    fulfilledAt: redemption.fulfilledAt ?? null,
    reward: reward
      ? { id: reward.id, name: reward.name, type: reward.type }
      : { id: redemption.rewardId, name: { en: 'Removed reward', fr: 'Récompense retirée' }, type: 'object' },
    member: member ? present.memberSummary(member) : present.formerMember(redemption.memberId),
  }),
};
