import { mergeClasses, ToggleButton, Tooltip } from '@fluentui/react-components';
import {
  EmojiSparkleFilled,
  EmojiSparkleRegular,
  EmojiSurpriseFilled,
  EmojiSurpriseRegular,
  LightbulbFilled,
  LightbulbRegular,
  ThumbLikeFilled,
  ThumbLikeRegular,
} from '@fluentui/react-icons';
import type { JSX } from 'react';
import type { PostDto, ReactionDto } from '../../../../contracts/content';
import { REACTIONS, toggledReaction } from '../../hooks/postModel';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useReactionBarStyles } from './ReactionBar.styles';

const ICONS: Record<ReactionDto, { off: JSX.Element; on: JSX.Element; label: MessageKey }> = {
  like: { off: <ThumbLikeRegular />, on: <ThumbLikeFilled />, label: 'reaction.like' },
  celebrate: { off: <EmojiSparkleRegular />, on: <EmojiSparkleFilled />, label: 'reaction.celebrate' },
  insightful: { off: <LightbulbRegular />, on: <LightbulbFilled />, label: 'reaction.insightful' },
  curious: { off: <EmojiSurpriseRegular />, on: <EmojiSurpriseFilled />, label: 'reaction.curious' },
};

/**
 * Like, celebrate, insightful, curious: one reaction per member, counts beside each, mine pressed.
 * Pressing mine again takes it back.
 */
export function ReactionBar({
  post,
  onReact,
}: {
  post: Pick<PostDto, 'myReaction' | 'counts'>;
  onReact: (reaction: ReactionDto | null) => void;
}) {
  const styles = useReactionBarStyles();
  const { t, formatNumber } = useI18n();
  return (
    <div className={styles.bar} role="group" aria-label={t('reaction.group')}>
      {REACTIONS.map((reaction) => {
        const mine = post.myReaction === reaction;
        const count = post.counts.reactions[reaction] ?? 0;
        const name = t(ICONS[reaction].label);
        const label = count > 0 ? t('reaction.withCount', { name, count: formatNumber(count) }) : name;
        return (
          <Tooltip key={reaction} content={label} relationship="label" withArrow>
            <ToggleButton
              appearance="subtle"
              size="small"
              checked={mine}
              className={mergeClasses(styles.button, mine && styles.mine)}
              icon={mine ? ICONS[reaction].on : ICONS[reaction].off}
              onClick={() => onReact(toggledReaction(post, reaction))}
              data-reaction={reaction}
            >
              {count > 0 ? <span className={styles.count}>{formatNumber(count)}</span> : null}
            </ToggleButton>
          </Tooltip>
        );
      })}
    </div>
  );
}
