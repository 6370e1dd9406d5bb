import type { CircleType } from '../circles/circle';

/**
 * Things members do that the rest of the community reacts to (points, badges, later nudges).
 * The community services report them; they never wait on what others make of them failing.
 */
export type ActivityEvent =
  | { type: 'post.published'; tenantId: string; memberId: string; postId: string; circleId: string }
  | { type: 'post.withdrawn'; tenantId: string; memberId: string; postId: string }
  /** A kudos post deleted or hidden: `memberId` is the receiver. */
  | { type: 'kudos.withdrawn'; tenantId: string; memberId: string; postId: string }
  | {
      type: 'comment.created';
      tenantId: string;
      memberId: string;
      commentId: string;
      postId: string;
      circleId: string;
    }
  | { type: 'comment.withdrawn'; tenantId: string; memberId: string; commentId: string }
  | {
      type: 'reaction.received';
      tenantId: string;
      /** The author of the post. */
      memberId: string;
      /** Who reacted. */
      actorId: string;
      postId: string;
      circleId: string;
    }
  | {
      type: 'answer.accepted';
      tenantId: string;
      /** The author of the accepted answer. */
      memberId: string;
      /** Who accepted it (the asker or a moderator). */
      actorId: string;
      postId: string;
      commentId: string;
      circleId: string;
    }
  | { type: 'circle.joined'; tenantId: string; memberId: string; circleId: string; circleType: CircleType }
  /** A member answered a quiz question (once per question: the answer's id is its idempotency key). */
  | {
      type: 'quiz.answered';
      tenantId: string;
      memberId: string;
      quizId: string;
      questionId: string;
      correct: boolean;
      /** The quiz's circle, when it was sent to a circle. */
      circleId?: string | undefined;
    }
  /** A member's first vote on a poll (changing it later is not another vote). */
  | { type: 'poll.voted'; tenantId: string; memberId: string; pollId: string };

/** Whoever listens to activity (gamification). */
export interface ActivityRecorder {
  record(event: ActivityEvent): Promise<void>;
}

/** Nobody listens (tests of one area, tools). */
export const noActivity: ActivityRecorder = { record: () => Promise.resolve() };

/**
 * Wraps a recorder so that a failure there (points, badges) never fails what the member did: it is
 * reported to `onError` (the log) and can be repaired from the ledger.
 */
export function safeRecorder(
  recorder: ActivityRecorder,
  onError: (error: unknown, event: ActivityEvent) => void,
): ActivityRecorder {
  return {
    async record(event) {
      try {
        await recorder.record(event);
      } catch (error) {
        onError(error, event);
      }
    },
  };
}
