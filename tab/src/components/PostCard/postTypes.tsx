import type { BadgeProps } from '@fluentui/react-components';
import {
  DocumentTextRegular,
  HeartRegular,
  LightbulbRegular,
  LinkRegular,
  MegaphoneRegular,
  QuestionCircleRegular,
  VideoClipRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { PostTypeDto } from '../../../../contracts/content';
import type { IdeaStatusDto } from '../../hooks/apiTypes';
import type { WritableType } from '../../hooks/composerModel';
import type { MessageKey } from '../../i18n/messages';

/** How each type of post is named and drawn (the card's badge, the composer's picker). */
export const POST_TYPES: Record<
  PostTypeDto,
  { Icon: FluentIcon; label: MessageKey; hint: MessageKey; color: NonNullable<BadgeProps['color']> }
> = {
  article: {
    Icon: DocumentTextRegular,
    label: 'postType.article',
    hint: 'postType.article.hint',
    color: 'brand',
  },
  question: {
    Icon: QuestionCircleRegular,
    label: 'postType.question',
    hint: 'postType.question.hint',
    color: 'informative',
  },
  idea: { Icon: LightbulbRegular, label: 'postType.idea', hint: 'postType.idea.hint', color: 'warning' },
  link: { Icon: LinkRegular, label: 'postType.link', hint: 'postType.link.hint', color: 'subtle' },
  video: { Icon: VideoClipRegular, label: 'postType.video', hint: 'postType.video.hint', color: 'severe' },
  announcement: {
    Icon: MegaphoneRegular,
    label: 'postType.announcement',
    hint: 'postType.announcement.hint',
    color: 'important',
  },
  kudos: { Icon: HeartRegular, label: 'postType.kudos', hint: 'postType.kudos.hint', color: 'success' },
};

/** The order the composer offers types in. */
export const POST_TYPE_ORDER: readonly WritableType[] = [
  'article',
  'question',
  'idea',
  'link',
  'video',
  'announcement',
];

/** Where an idea stands, and how its badge looks. */
export const IDEA_STATUSES: Record<
  IdeaStatusDto,
  { label: MessageKey; color: NonNullable<BadgeProps['color']> }
> = {
  new: { label: 'postIdea.status.new', color: 'informative' },
  reviewing: { label: 'postIdea.status.reviewing', color: 'warning' },
  planned: { label: 'postIdea.status.planned', color: 'brand' },
  done: { label: 'postIdea.status.done', color: 'success' },
  declined: { label: 'postIdea.status.declined', color: 'subtle' },
};
