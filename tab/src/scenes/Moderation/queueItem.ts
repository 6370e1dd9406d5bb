import type { QueueItemDto, ReportReasonDto } from '../../../../contracts/moderation';
import type { ModerationActionName } from '../../hooks/useModeration';
import { WARNING_NOTE_MIN } from '../../hooks/useModeration';

/** Reports grouped by reason, most frequent first ("Spam ×3, Harassment ×1"). */
export function reasonCounts(reports: QueueItemDto['reports']): { reason: ReportReasonDto; count: number }[] {
  const counts = new Map<ReportReasonDto, number>();
  for (const report of reports) counts.set(report.reason, (counts.get(report.reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** The status of what is being moderated: the comment's when it is a comment. */
export function targetStatus(item: QueueItemDto): string {
  return item.targetType === 'comment' && item.comment ? item.comment.status : item.post.status;
}

/**
 * The actions that make sense for an item: hide what is visible or held, bring back what is hidden
 * or held, warn the author, and dismiss reports (only when there are some: a held item without
 * reports is decided by publishing or hiding it).
 */
export function actionsFor(item: QueueItemDto): ModerationActionName[] {
  const status = targetStatus(item);
  const actions: ModerationActionName[] = [];
  if (status !== 'hidden') actions.push('hide');
  if (status === 'hidden' || status === 'held') actions.push('restore');
  actions.push('warn');
  if (item.reports.length > 0) actions.push('dismiss');
  return actions;
}

/** Whether a note is enough for this action (a warning says what to change). */
export function noteProblem(action: ModerationActionName, note: string): 'tooShort' | undefined {
  return action === 'warn' && note.trim().length < WARNING_NOTE_MIN ? 'tooShort' : undefined;
}

/** The first characters of a text, cut at a word, for previews. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
