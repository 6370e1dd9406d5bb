import type { CharterService } from '../domain/charter/charter-service';
import type { CircleService } from '../domain/circles/circle-service';
import type { CommentService } from '../domain/content/comment-service';
import type { LinkPreviewer } from '../domain/content/link-previewer';
import type { PostService } from '../domain/content/post-service';
import type { EditorialService } from '../domain/editorial/editorial-service';
import type { FeedService } from '../domain/feed/feed-service';
import type { GamificationService } from '../domain/gamification/gamification-service';
import type { KudosService } from '../domain/gamification/kudos-service';
import type { RewardService } from '../domain/gamification/reward-service';
import type { MemberService } from '../domain/members/member-service';
import type { ModerationService } from '../domain/moderation/moderation-service';
import type { MemberSettingsService } from '../domain/nudges/member-settings-service';
import type { NudgeRulesService } from '../domain/nudges/nudge-rules-service';
import type { OutboxService } from '../domain/outbox/outbox-service';
import type { QuizService } from '../domain/quizzes/quiz-service';
import type { PollService } from '../domain/polls/poll-service';

/** The domain services the API calls (one per area). */
export interface Services {
  members: MemberService;
  charter: CharterService;
  circles: CircleService;
  posts: PostService;
  comments: CommentService;
  feed: FeedService;
  moderation: ModerationService;
  editorial: EditorialService;
  linkPreviewer: LinkPreviewer;
  gamification: GamificationService;
  kudos: KudosService;
  rewards: RewardService;
  outbox: OutboxService;
  nudgeRules: NudgeRulesService;
  memberSettings: MemberSettingsService;
  quizzes: QuizService;
  polls: PollService;
}
