import { Body1, Button, Card, mergeClasses, Subtitle2, Tag } from '@fluentui/react-components';
import { ArrowRightRegular, ArchiveRegular, LightbulbRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { CircleSummaryDto } from '../../../../contracts/circles';
import { hrefOf, useRoute } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/i18n';
import { CircleTypeIcon, MemberCount, MyStatusBadge, VisibilityBadge } from './CircleBits';
import { useCircleCardStyles } from './CircleCard.styles';
import type { MembershipAction } from './membership';
import { MembershipButtons } from './MembershipButtons';

/**
 * A circle in the directory (key 2): what it is (type, visibility, name, description, tags), how
 * big (members, or a pod's seats), where I stand, and the one thing to do next.
 */
export function CircleCard({
  circle,
  busy,
  onAction,
  reason,
}: {
  circle: CircleSummaryDto;
  busy: string | undefined;
  onAction: (circle: CircleSummaryDto, action: MembershipAction) => void;
  /** Why it is suggested ("5 people from Data joined"). */
  reason?: string;
}) {
  const styles = useCircleCardStyles();
  const { t } = useI18n();
  const { navigate } = useRoute();
  const nameId = useId();
  const href = hrefOf('circles', circle.id);
  return (
    <Card
      className={mergeClasses(styles.card, circle.archived && styles.archived)}
      data-testid="circle-card"
      data-circle-id={circle.id}
      aria-labelledby={nameId}
      role="article"
    >
      <div className={styles.header}>
        <CircleTypeIcon type={circle.type} />
        <div className={styles.titleBlock}>
          <Subtitle2 as="h3" className={styles.name} id={nameId}>
            <a
              className={styles.nameLink}
              href={href}
              onClick={(event) => {
                event.preventDefault();
                navigate(href);
              }}
            >
              {circle.name}
            </a>
          </Subtitle2>
          <div className={styles.badges}>
            <VisibilityBadge visibility={circle.visibility} />
            <MyStatusBadge circle={circle} />
            {circle.archived ? (
              <Tag size="extra-small" appearance="outline" icon={<ArchiveRegular />}>
                {t('circles.archived')}
              </Tag>
            ) : null}
          </div>
        </div>
      </div>
      {reason ? (
        <Body1 className={styles.reason}>
          <LightbulbRegular aria-hidden /> {reason}
        </Body1>
      ) : null}
      {circle.description ? <Body1 className={styles.description}>{circle.description}</Body1> : null}
      {circle.tags.length > 0 ? (
        <ul className={styles.tags} aria-label={t('circles.tags')}>
          {circle.tags.map((tag) => (
            <li key={tag}>
              <Tag size="extra-small" appearance="brand">
                #{tag}
              </Tag>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.footer}>
        <MemberCount circle={circle} />
        <div className={styles.actions}>
          {circle.myStatus === 'active' || circle.archived ? (
            <Button
              appearance="secondary"
              icon={<ArrowRightRegular />}
              iconPosition="after"
              aria-describedby={nameId}
              onClick={() => navigate(href)}
            >
              {t('circles.action.open')}
            </Button>
          ) : (
            <MembershipButtons
              circle={circle}
              busy={busy}
              onAction={(action) => onAction(circle, action)}
              describedBy={nameId}
            />
          )}
        </div>
      </div>
    </Card>
  );
}
