import { Avatar, Tab, TabList } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  HomeRegular,
  NewsRegular,
  PeopleCommunityRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import type { JSX, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { RouteId } from '../../hooks/useHashRoute';
import { useSession } from '../../hooks/useSession';
import { useShellStyles } from './AppShell.styles';

const NAV: { id: RouteId; label: MessageKey; icon: JSX.Element }[] = [
  { id: 'home', label: 'nav.home', icon: <HomeRegular /> },
  { id: 'feed', label: 'nav.feed', icon: <NewsRegular /> },
  { id: 'circles', label: 'nav.circles', icon: <PeopleCommunityRegular /> },
  { id: 'events', label: 'nav.events', icon: <CalendarLtrRegular /> },
  { id: 'badges', label: 'nav.badges', icon: <TrophyRegular /> },
];

/** Header with the sections, the member's avatar, the dev-mode banner, and the current scene. */
export function AppShell({
  route,
  onNavigate,
  children,
}: {
  route: RouteId;
  onNavigate: (route: RouteId) => void;
  children: ReactNode;
}) {
  const styles = useShellStyles();
  const { t } = useI18n();
  const { me, host } = useSession();
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
            selectedValue={route}
            onTabSelect={(_event, data) => onNavigate(data.value as RouteId)}
            size="medium"
          >
            {NAV.map((item) => (
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
