import {
  ArrowUndoRegular,
  CalendarRegular,
  CheckmarkCircleRegular,
  CommentRegular,
  DocumentTextRegular,
  HeartRegular,
  PollRegular,
  QuestionCircleRegular,
  ThumbLikeRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { LedgerActionName } from '../../hooks/gameModel';
import type { MessageKey } from '../../i18n/messages';

/** How each kind of ledger entry (an action that pays, or a reversal) is drawn and named. */
export const GAME_ACTION_DISPLAY: Record<LedgerActionName, { Icon: FluentIcon; label: MessageKey }> = {
  'post.published': { Icon: DocumentTextRegular, label: 'game.action.post.published' },
  'comment.created': { Icon: CommentRegular, label: 'game.action.comment.created' },
  'reaction.received': { Icon: ThumbLikeRegular, label: 'game.action.reaction.received' },
  'answer.accepted': { Icon: CheckmarkCircleRegular, label: 'game.action.answer.accepted' },
  'quiz.answered': { Icon: QuestionCircleRegular, label: 'game.action.quiz.answered' },
  'poll.voted': { Icon: PollRegular, label: 'game.action.poll.voted' },
  'event.attended': { Icon: CalendarRegular, label: 'game.action.event.attended' },
  'kudos.received': { Icon: HeartRegular, label: 'game.action.kudos.received' },
  reversal: { Icon: ArrowUndoRegular, label: 'game.action.reversal' },
};
