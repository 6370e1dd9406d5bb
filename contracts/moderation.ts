import { z } from 'zod';
import { Comment, Post } from './content';
import { Continuation, Id, MemberSummary } from './schemas';

/** Reports, the moderation queue, watched words and the audit log (DESIGN.md key 5). */

export const ReportReason = z
  .enum(['spam', 'harassment', 'off_topic', 'confidential', 'misinformation', 'other'])
  .meta({ id: 'ReportReason' });

export const ReportInput = z
  .object({
    targetType: z.enum(['post', 'comment']),
    postId: Id,
    /** The comment id when reporting a comment. */
    commentId: Id.optional(),
    reason: ReportReason,
    note: z.string().trim().max(1000).default(''),
  })
  .superRefine((input, ctx) => {
    if (input.targetType === 'comment' && !input.commentId) {
      ctx.addIssue({ code: 'custom', path: ['commentId'], message: 'required to report a comment' });
    }
  })
  .meta({ id: 'ReportInput' });

export const ReportReceipt = z
  .object({ status: z.enum(['received', 'already_reported']) })
  .meta({ id: 'ReportReceipt' });

export const QueueItem = z
  .object({
    targetType: z.enum(['post', 'comment']),
    post: Post,
    comment: Comment.nullable(),
    /** Why it is in the queue: reports, or held by a watched word. */
    reports: z.array(z.object({ reason: ReportReason, note: z.string(), at: z.iso.datetime() })),
    heldReason: z.string().nullable(),
    firstFlaggedAt: z.iso.datetime(),
  })
  .meta({ id: 'QueueItem' });

export const Queue = z.object({ items: z.array(QueueItem) }).meta({ id: 'ModerationQueue' });

export const ModerationAction = z
  .enum(['hide', 'restore', 'warn', 'dismiss'])
  .meta({ id: 'ModerationAction' });

export const ModerationActionInput = z
  .object({
    targetType: z.enum(['post', 'comment']),
    postId: Id,
    commentId: Id.optional(),
    action: ModerationAction,
    note: z.string().trim().max(1000).default(''),
  })
  .superRefine((input, ctx) => {
    if (input.targetType === 'comment' && !input.commentId) {
      ctx.addIssue({ code: 'custom', path: ['commentId'], message: 'required for a comment' });
    }
    if (input.action === 'warn' && input.note.length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'a warning says what to change (at least 10 characters)',
      });
    }
  })
  .meta({ id: 'ModerationActionInput' });

export const AuditEntry = z
  .object({
    id: z.string(),
    actor: MemberSummary,
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    note: z.string(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = z
  .object({ items: z.array(AuditEntry), continuation: z.string().optional() })
  .meta({ id: 'AuditPage' });

export const AuditQuery = z.object({ continuation: Continuation.optional() }).meta({ id: 'AuditQuery' });

export const WatchedWords = z
  .object({ words: z.array(z.string().trim().min(2).max(60)).max(500) })
  .meta({ id: 'WatchedWords' });

export type QueueItemDto = z.infer<typeof QueueItem>;
export type AuditEntryDto = z.infer<typeof AuditEntry>;
export type ReportReasonDto = z.infer<typeof ReportReason>;
