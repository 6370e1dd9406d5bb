import { mergeClasses } from '@fluentui/react-components';
import {
  CalendarStarFilled,
  ChatFilled,
  CheckmarkStarburstFilled,
  FireFilled,
  HeartFilled,
  LightbulbFilled,
  PeopleTeamFilled,
  RibbonFilled,
  RocketFilled,
  SparkleFilled,
  StarFilled,
  TrophyFilled,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { BadgeIconDto } from '../../../../contracts/gamification';
import { useBadgeIconStyles } from './BadgeIcon.styles';

type Tone = 'marigold' | 'brand' | 'green' | 'pumpkin' | 'berry' | 'teal' | 'grape';

/** The icons a badge can have (contracts' BadgeIcon), each with the colour it is drawn in. */
export const BADGE_ICONS: Record<BadgeIconDto, { Icon: FluentIcon; tone: Tone }> = {
  Sparkle: { Icon: SparkleFilled, tone: 'marigold' },
  Lightbulb: { Icon: LightbulbFilled, tone: 'brand' },
  CheckmarkStarburst: { Icon: CheckmarkStarburstFilled, tone: 'green' },
  Fire: { Icon: FireFilled, tone: 'pumpkin' },
  CalendarStar: { Icon: CalendarStarFilled, tone: 'grape' },
  PeopleTeam: { Icon: PeopleTeamFilled, tone: 'teal' },
  Heart: { Icon: HeartFilled, tone: 'berry' },
  Trophy: { Icon: TrophyFilled, tone: 'marigold' },
  Star: { Icon: StarFilled, tone: 'marigold' },
  Ribbon: { Icon: RibbonFilled, tone: 'grape' },
  Rocket: { Icon: RocketFilled, tone: 'brand' },
  Chat: { Icon: ChatFilled, tone: 'teal' },
};

/** The order an icon picker offers them in. */
export const BADGE_ICON_NAMES = Object.keys(BADGE_ICONS) as BadgeIconDto[];

/**
 * A badge drawn as a round medallion. Decorative: the badge's name is always written next to it.
 * `locked` draws a badge not earned yet.
 */
export function BadgeIcon({
  icon,
  size = 'medium',
  locked = false,
  className,
}: {
  icon: BadgeIconDto;
  size?: 'small' | 'medium' | 'large';
  locked?: boolean;
  className?: string;
}) {
  const styles = useBadgeIconStyles();
  const { Icon, tone } = BADGE_ICONS[icon] ?? BADGE_ICONS.Star;
  return (
    <span
      className={mergeClasses(
        styles.medallion,
        styles[size],
        locked ? styles.locked : styles[tone],
        className,
      )}
      aria-hidden
      data-badge-icon={icon}
    >
      <Icon />
    </span>
  );
}
