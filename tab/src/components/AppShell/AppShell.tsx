import { Avatar, Button, Tab, TabList } from '@fluentui/react-components';
import {
  AlertRegular,
  CalendarLtrRegular,
  CalendarEditRegular,
  HomeRegular,
  NewsRegular,
  PeopleCommunityRegular,
  PollRegular,
  QuizNewRegular,
  SendRegular,
  ShieldTaskRegular,
  ToolboxRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import { lazy, Suspense, type JSX, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { CelebrationContext, useCelebrations } from '../../hooks/useCelebrations';
import { hrefOf, type Section } from '../../hooks/useHashRoute';
import { useSession } from '../../hooks/useSession';
import { useShellStyles } from './AppShell.styles';

// Loaded only when there is something to celebrate (its strings come with it).
const Celebration = lazy(() => import('../Celebration/Celebration'));

/** Who sees a section: everyone, animators and administrators (the console), or administrators. */
type Audience = 'everyone' | 'console' | 'admin';

const NAV: { id: Section; label: MessageKey; icon: JSX.Element; audience: Audience }[] = [
  { id: 'home', label: 'nav.home', icon: <HomeRegular />, audience: 'everyone' },
  { id: 'feed', label: 'nav.feed', icon: <NewsRegular />, audience: 'everyone' },
  { id: 'circles', label: 'nav.circles', icon: <PeopleCommunityRegular />, audience: 'everyone' },
  { id: 'events', label: 'nav.events', icon: <CalendarLtrRegular />, audience: 'everyone' },
  // Progress, leaderboard, kudos and rewards share one tab; the game's own tabs switch between them.
  { id: 'progress', label: 'nav.recognition', icon: <TrophyRegular />, audience: 'everyone' },
  { id: 'moderation', label: 'nav.moderation', icon: <ShieldTaskRegular />, audience: 'console' },
  { id: 'editorial', label: 'nav.editorial', icon: <CalendarEditRegular />, audience: 'console' },
  { id: 'quizzes', label: 'nav.quizzes', icon: <QuizNewRegular />, audience: 'console' },
  { id: 'polls', label: 'nav.polls', icon: <PollRegular />, audience: 'console' },
  { id: 'deliveries', label: 'nav.deliveries', icon: <SendRegular />, audience: 'console' },
  { id: 'nudges', label: 'nav.nudges', icon: <AlertRegular />, audience: 'console' },
  { id: 'game', label: 'nav.game', icon: <ToolboxRegular />, audience: 'admin' },
];

/** The tab that stays selected on pages below a section (a post belongs to the feed). */
const NAV_OF: Partial<Record<Section, Section>> = {
  post: 'feed',
  search: 'feed',
  saved: 'feed',
  leaderboard: 'progress',
  kudos: 'progress',
  rewards: 'progress',
};

/** Header with the sections, the member's avatar, the dev-mode banner, and the current scene. */
export function AppShell({
  section,
  onNavigate,
  children,
}: {
  section: Section;
  onNavigate: (hash: string) => void;
  children: ReactNode;
}) {
  const styles = useShellStyles();
  const { t } = useI18n();
  const { me, host, api } = useSession();
  const celebrations = useCelebrations(api);
  const items = NAV.filter(
    (item) =>
      item.audience === 'everyone' ||
      (item.audience === 'console' ? me.roles.length > 0 : me.roles.includes('admin')),
  );
  return (
    <div className={styles.root}>
      {me.devMode ? (
        <div className={styles.banner} role="note">
          {t('app.devMode', { name: me.displayName })} {host.inTeams ? '' : t('app.standalone')}
        </div>
      ) : null}
      <header className={styles.header}>
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <TabList
            selectedValue={NAV_OF[section] ?? section}
            onTabSelect={(_event, data) => onNavigate(hrefOf(data.value as Section))}
            size="medium"
          >
            {items.map((item) => (
              <Tab key={item.id} value={item.id} icon={item.icon} aria-label={t(item.label)}>
                <span className={styles.tabLabel}>{t(item.label)}</span>
              </Tab>
            ))}
          </TabList>
        </nav>
        {/* The avatar opens the member's own settings (language, time zone, nudges). */}
        <Button
          appearance="transparent"
          shape="circular"
          className={styles.avatarButton}
          aria-label={`${me.displayName}: ${t('nav.settings')}`}
          title={t('nav.settings')}
          aria-current={section === 'settings' ? 'page' : undefined}
          onClick={() => onNavigate(hrefOf('settings'))}
          icon={<Avatar name={me.displayName} color="colorful" size={32} />}
        />
      </header>
      <main className={styles.main} id="main">
        {celebrations.badges.length > 0 ? (
          <Suspense fallback={null}>
            <Celebration badges={celebrations.badges} onClose={celebrations.dismiss} />
          </Suspense>
        ) : null}
        <CelebrationContext.Provider value={celebrations.celebrate}>{children}</CelebrationContext.Provider>
      </main>
    </div>
  );
}
