import { Body1, Skeleton, SkeletonItem, Tab, TabList, Title2 } from '@fluentui/react-components';
import { DataBarVerticalStarRegular, GiftRegular, HeartRegular, TrophyRegular } from '@fluentui/react-icons';
import type { JSX, ReactNode } from 'react';
import { hrefOf, useRoute, type Section } from '../../hooks/useHashRoute';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useGameNavStyles } from './GameNav.styles';

/** The member's pages of the game, one tab each under the shell's "Recognition". */
export type GamePageName = Extract<Section, 'progress' | 'leaderboard' | 'kudos' | 'rewards'>;

const PAGES: { id: GamePageName; label: MessageKey; icon: JSX.Element }[] = [
  { id: 'progress', label: 'game.nav.progress', icon: <TrophyRegular /> },
  { id: 'leaderboard', label: 'game.nav.leaderboard', icon: <DataBarVerticalStarRegular /> },
  { id: 'kudos', label: 'game.nav.kudos', icon: <HeartRegular /> },
  { id: 'rewards', label: 'game.nav.rewards', icon: <GiftRegular /> },
];

/**
 * A page of the game: its tabs (my progress, the leaderboard, kudos, rewards), its title and
 * what it is for, an optional action beside the title, and the content.
 */
export function GamePage({
  current,
  title,
  intro,
  aside,
  children,
}: {
  current: GamePageName;
  title: string;
  intro: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  const styles = useGameNavStyles();
  const { t } = useI18n();
  const { navigate } = useRoute();
  return (
    <div className={styles.page}>
      <nav aria-label={t('game.nav.label')}>
        <TabList
          className={styles.tabs}
          selectedValue={current}
          onTabSelect={(_event, data) => navigate(hrefOf(data.value as GamePageName))}
        >
          {PAGES.map((page) => (
            <Tab key={page.id} value={page.id} icon={page.icon} aria-label={t(page.label)}>
              {/* On a phone the other pages show as icons, so the four fit without scrolling. */}
              <span className={page.id === current ? undefined : styles.tabLabel}>{t(page.label)}</span>
            </Tab>
          ))}
        </TabList>
      </nav>
      <header className={styles.header}>
        <div className={styles.heading}>
          <Title2 as="h1" className={styles.title}>
            {title}
          </Title2>
          <Body1 className={styles.intro}>{intro}</Body1>
        </div>
        {aside}
      </header>
      {children}
    </div>
  );
}

/** The shape of a game page while it loads: a row of cards (`tall` ones for a summary), then a list. */
export function GameSkeleton({ tall = false, rows = 4 }: { tall?: boolean; rows?: number }) {
  const styles = useGameNavStyles();
  const { t } = useI18n();
  return (
    <div className={styles.skeleton} role="status" aria-label={t('state.loading')}>
      <Skeleton className={styles.skeleton} aria-hidden>
        <div className={styles.skeletonCards}>
          {[0, 1, 2].map((n) => (
            <SkeletonItem
              key={n}
              shape="rectangle"
              className={tall ? styles.skeletonTall : styles.skeletonCard}
            />
          ))}
        </div>
        {Array.from({ length: rows }, (_, n) => (
          <div key={n} className={styles.skeletonLine}>
            <SkeletonItem shape="circle" size={32} />
            <SkeletonItem size={16} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
