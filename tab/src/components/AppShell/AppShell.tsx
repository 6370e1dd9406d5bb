import { Avatar, Tab, TabList } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  CalendarEditRegular,
  HomeRegular,
  NewsRegular,
  PeopleCommunityRegular,
  ShieldTaskRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import type { JSX, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { hrefOf, type Section } from '../../hooks/useHashRoute';
import { useSession } from '../../hooks/useSession';
import { useShellStyles } from './AppShell.styles';

const NAV: { id: Section; label: MessageKey; icon: JSX.Element; console?: true }[] = [
  { id: 'home', label: 'nav.home', icon: <HomeRegular /> },
  { id: 'feed', label: 'nav.feed', icon: <NewsRegular /> },
  { id: 'circles', label: 'nav.circles', icon: <PeopleCommunityRegular /> },
  { id: 'events', label: 'nav.events', icon: <CalendarLtrRegular /> },
  { id: 'badges', label: 'nav.badges', icon: <TrophyRegular /> },
  { id: 'moderation', label: 'nav.moderation', icon: <ShieldTaskRegular />, console: true },
  { id: 'editorial', label: 'nav.editorial', icon: <CalendarEditRegular />, console: true },
];

/** The tab that stays selected on pages below a section (a post belongs to the feed). */
const NAV_OF: Partial<Record<Section, Section>> = { post: 'feed', search: 'feed', saved: 'feed' };

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
  const { me, host } = useSession();
  const isAnimator = me.roles.length > 0;
  const items = NAV.filter((item) => !item.console || isAnimator);
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
        <Avatar name={me.displayName} color="colorful" size={32} aria-label={me.displayName} />
      </header>
      <main className={styles.main} id="main">
        {children}
      </main>
    </div>
  );
}
