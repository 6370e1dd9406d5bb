import { Badge, Body1, Button, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import {
  GiftRegular,
  InfoRegular,
  CubeRegular,
  PeopleCommunityRegular,
  StarFilled,
  TicketDiagonalRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { RedemptionDto, RewardDto } from '../../../../contracts/gamification';
import { rewardBlock, stockLevel, type RewardBlock } from '../../hooks/gameModel';
import type { RedemptionStatusName } from '../../hooks/useGame';
import { usePlural } from '../../hooks/usePlural';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useRewardCardStyles } from './RewardCard.styles';

/** How each type of reward is drawn and named. */
export const REWARD_TYPES: Record<RewardDto['type'], { Icon: FluentIcon; label: MessageKey }> = {
  object: { Icon: CubeRegular, label: 'rewards.type.object' },
  experience: { Icon: TicketDiagonalRegular, label: 'rewards.type.experience' },
  circle: { Icon: PeopleCommunityRegular, label: 'rewards.type.circle' },
};

/** How a redemption's status reads and looks. */
export const REDEMPTION_STATUS: Record<
  RedemptionStatusName,
  { label: MessageKey; color: 'warning' | 'success' | 'subtle' }
> = {
  requested: { label: 'redemption.status.requested', color: 'warning' },
  fulfilled: { label: 'redemption.status.fulfilled', color: 'success' },
  cancelled: { label: 'redemption.status.cancelled', color: 'subtle' },
};

/** The words for why a reward cannot be redeemed now. */
function useBlockText(): (block: RewardBlock) => string {
  const { t } = useI18n();
  const plural = usePlural();
  return (block) => {
    switch (block.reason) {
      case 'inactive':
        return t('rewards.block.inactive');
      case 'outOfStock':
        return t('rewards.block.outOfStock');
      case 'limitReached':
        return t('rewards.block.limitReached');
      case 'notEnoughPoints':
        return plural('rewards.block.notEnoughPoints', block.missing);
    }
  };
}

/** The grid the catalogue's cards sit in. */
export function RewardGrid({ children, testId }: { children: ReactNode; testId: string }) {
  const styles = useRewardCardStyles();
  return (
    <ul className={styles.grid} data-testid={testId}>
      {children}
    </ul>
  );
}

/**
 * A reward of the catalogue: what it is, what it costs, what is left and my limit, and Redeem, or
 * why not (the button stays focusable, so keyboards reach the reason). Administrators pass their
 * own `actions` instead.
 */
export function RewardCard({
  reward,
  balance,
  onRedeem,
  actions,
}: {
  reward: RewardDto;
  balance: number;
  onRedeem?: () => void;
  actions?: ReactNode;
}) {
  const styles = useRewardCardStyles();
  const { t, pick, formatNumber } = useI18n();
  const plural = usePlural();
  const blockText = useBlockText();
  const reasonId = useId();
  const type = REWARD_TYPES[reward.type];
  const stock = stockLevel(reward.stock);
  const block = rewardBlock(reward, balance);
  const name = pick(reward.name);
  return (
    <article className={styles.card} aria-label={name} data-reward-id={reward.id}>
      <div className={styles.cardTop}>
        <span className={mergeClasses(styles.typeIcon, styles[reward.type])} aria-hidden>
          <type.Icon />
        </span>
        <Badge appearance="tint" color="informative">
          {t(type.label)}
        </Badge>
      </div>
      <Subtitle2 as="h3" className={styles.name}>
        {name}
      </Subtitle2>
      <Body1 className={styles.description}>{pick(reward.description)}</Body1>
      <div className={styles.facts}>
        <span className={styles.cost}>
          <StarFilled className={styles.costIcon} aria-hidden />
          {plural('game.points', reward.cost)}
        </span>
        {stock.kind === 'unlimited' ? (
          <Badge appearance="outline" color="informative">
            {t('rewards.unlimited')}
          </Badge>
        ) : stock.kind === 'left' ? (
          <Badge appearance="tint" color={stock.count <= 3 ? 'warning' : 'success'}>
            {plural('rewards.left', stock.count)}
          </Badge>
        ) : (
          <Badge appearance="filled" color="danger">
            {t('rewards.outOfStock')}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.limit}>
        {reward.mine > 0
          ? t('rewards.mine', { mine: formatNumber(reward.mine), limit: formatNumber(reward.perMemberLimit) })
          : plural('rewards.limit', reward.perMemberLimit)}
      </Caption1>
      <div className={styles.footer}>
        {actions ?? (
          <>
            <Button
              appearance="primary"
              icon={<GiftRegular />}
              disabledFocusable={Boolean(block)}
              aria-label={t('rewards.redeemLabel', { name, points: plural('game.points', reward.cost) })}
              {...(block ? { 'aria-describedby': reasonId } : {})}
              onClick={onRedeem}
            >
              {t('rewards.redeem')}
            </Button>
            {block ? (
              <Caption1 id={reasonId} className={styles.reason} data-testid="reward-block">
                <InfoRegular aria-hidden />
                {blockText(block)}
              </Caption1>
            ) : null}
          </>
        )}
      </div>
    </article>
  );
}

/** Redemptions as rows: the reward, who (for administrators), when, the cost, status, and buttons. */
export function RedemptionList({
  items,
  actions,
  showMember = false,
  testId,
}: {
  items: RedemptionDto[];
  actions: (redemption: RedemptionDto) => ReactNode;
  showMember?: boolean;
  testId: string;
}) {
  const styles = useRewardCardStyles();
  const { t, pick, formatDate } = useI18n();
  const plural = usePlural();
  return (
    <ul className={styles.redemptions} data-testid={testId}>
      {items.map((redemption) => {
        const type = REWARD_TYPES[redemption.reward.type];
        const status = REDEMPTION_STATUS[redemption.status];
        const when =
          redemption.status === 'fulfilled' && redemption.fulfilledAt
            ? t('rewards.fulfilledOn', { date: formatDate(redemption.fulfilledAt, 'short') })
            : t('rewards.requestedOn', { date: formatDate(redemption.at, 'short') });
        return (
          <li key={redemption.id} className={styles.redemption} data-redemption-id={redemption.id}>
            <span
              className={mergeClasses(styles.typeIcon, styles.redemptionIcon, styles[redemption.reward.type])}
              aria-hidden
            >
              <type.Icon />
            </span>
            <span className={styles.redemptionText}>
              <Body1>{pick(redemption.reward.name)}</Body1>
              <Caption1 className={styles.muted}>
                {showMember ? `${redemption.member.displayName} · ` : ''}
                {when} · {plural('game.points', redemption.cost)}
              </Caption1>
            </span>
            <Badge appearance="tint" color={status.color}>
              {t(status.label)}
            </Badge>
            {actions(redemption)}
          </li>
        );
      })}
    </ul>
  );
}
