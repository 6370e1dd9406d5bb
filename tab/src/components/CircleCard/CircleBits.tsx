import { Badge, mergeClasses, Tooltip } from '@fluentui/react-components';
import {
  GlobeRegular,
  LockClosedRegular,
  LockOpenRegular,
  PeopleCommunityRegular,
  PeopleRegular,
  PeopleTeamRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import type { CircleSummaryDto } from '../../../../contracts/circles';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useCircleCardStyles } from './CircleCard.styles';
import { POD_SEATS } from './membership';

type CircleType = CircleSummaryDto['type'];
type Visibility = CircleSummaryDto['visibility'];

const TYPE_ICONS: Record<CircleType, typeof PeopleRegular> = {
  community: PeopleCommunityRegular,
  interest: SparkleRegular,
  pod: PeopleTeamRegular,
};

/** Names of circle types (for labels and filters). */
export const TYPE_LABEL: Record<CircleType, MessageKey> = {
  community: 'circles.type.community',
  interest: 'circles.type.interest',
  pod: 'circles.type.pod',
};

/** Names of visibilities, and what each means in plain words. */
export const VISIBILITY: Record<
  Visibility,
  { label: MessageKey; explain: MessageKey; icon: typeof GlobeRegular }
> = {
  open: { label: 'circles.visibility.open', explain: 'circles.visibility.openExplain', icon: GlobeRegular },
  closed: {
    label: 'circles.visibility.closed',
    explain: 'circles.visibility.closedExplain',
    icon: LockOpenRegular,
  },
  private: {
    label: 'circles.visibility.private',
    explain: 'circles.visibility.privateExplain',
    icon: LockClosedRegular,
  },
};

/** The circle's kind as a coloured tile: the whole community, an interest circle, or a pod. */
export function CircleTypeIcon({ type }: { type: CircleType }) {
  const styles = useCircleCardStyles();
  const { t } = useI18n();
  const Icon = TYPE_ICONS[type];
  return (
    <span className={mergeClasses(styles.typeIcon, styles[type])} role="img" aria-label={t(TYPE_LABEL[type])}>
      <Icon aria-hidden />
    </span>
  );
}

/**
 * Open / On request / Private, with what it means in a tooltip. The badge takes focus so keyboard
 * users get the explanation too; screen readers read it as the badge's description.
 */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const styles = useCircleCardStyles();
  const { t } = useI18n();
  const { label, explain, icon: Icon } = VISIBILITY[visibility];
  return (
    <Tooltip content={t(explain)} relationship="description" withArrow>
      <Badge
        appearance="outline"
        color={visibility === 'open' ? 'success' : visibility === 'closed' ? 'informative' : 'important'}
        icon={<Icon aria-hidden />}
        tabIndex={0}
        className={styles.visibility}
        data-testid="visibility-badge"
      >
        {t(label)}
      </Badge>
    </Tooltip>
  );
}

/** "12 members", or for pods "5 of 8 seats" (pods are small on purpose). */
export function MemberCount({ circle }: { circle: Pick<CircleSummaryDto, 'type' | 'memberCount'> }) {
  const styles = useCircleCardStyles();
  const plural = usePlural();
  return (
    <span className={styles.count}>
      <PeopleRegular aria-hidden />
      {circle.type === 'pod'
        ? plural('circles.seats', POD_SEATS, { taken: circle.memberCount })
        : plural('circles.members', circle.memberCount)}
    </span>
  );
}

/** Where the member stands: owner, animator, member, invited, request sent. */
export function MyStatusBadge({ circle }: { circle: Pick<CircleSummaryDto, 'myStatus' | 'myRole'> }) {
  const { t } = useI18n();
  switch (circle.myStatus) {
    case 'active':
      return (
        <Badge appearance="tint" color="brand">
          {t(
            circle.myRole === 'owner'
              ? 'circles.status.owner'
              : circle.myRole === 'animator'
                ? 'circles.status.animator'
                : 'circles.status.member',
          )}
        </Badge>
      );
    case 'invited':
      return (
        <Badge appearance="filled" color="important">
          {t('circles.status.invited')}
        </Badge>
      );
    case 'requested':
      return (
        <Badge appearance="tint" color="warning">
          {t('circles.status.requested')}
        </Badge>
      );
    case 'none':
      return null;
  }
}
