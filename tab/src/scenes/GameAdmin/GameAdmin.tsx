import { Body1, Tab, TabList, Title2 } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { GameSkeleton } from '../../components/GameNav/GameNav';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { useGameRules } from '../../hooks/useGame';
import { useNotify } from '../../hooks/useNotify';
import { useSession } from '../../hooks/useSession';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { BadgesPanel } from './BadgesPanel';
import { useGameAdminStyles } from './GameAdmin.styles';
import { RequestsPanel } from './RequestsPanel';
import { RewardsPanel } from './RewardsPanel';
import { RulesPanel } from './RulesPanel';
import { SeasonPanel } from './SeasonPanel';

type Panel = 'rules' | 'badges' | 'rewards' | 'requests' | 'season';

const PANELS: { id: Panel; label: MessageKey }[] = [
  { id: 'rules', label: 'gameAdmin.tab.rules' },
  { id: 'badges', label: 'gameAdmin.tab.badges' },
  { id: 'rewards', label: 'gameAdmin.tab.rewards' },
  { id: 'requests', label: 'gameAdmin.tab.requests' },
  { id: 'season', label: 'gameAdmin.tab.season' },
];

/**
 * The game's settings (key 8), for administrators: points and levels, badges, the rewards
 * catalogue, redemption requests, seasons and the ledger check. The API refuses the same to
 * anyone else; this page says so instead of showing forms that would fail.
 */
export default function GameAdmin() {
  const styles = useGameAdminStyles();
  const { t } = useI18n();
  const { me } = useSession();
  const [panel, setPanel] = useState<Panel>('rules');
  const rules = useGameRules();
  const { toaster, notify } = useNotify();
  // Saving changes the rules: once reloaded (a new etag), the editors start again from them.
  const saved = () => rules.reload();

  if (!me.roles.includes('admin')) {
    return (
      <EmptyState
        icon={<LockClosedRegular />}
        title={t('game.adminOnly.title')}
        body={t('game.adminOnly.body')}
      />
    );
  }

  const needsRules = panel === 'rules' || panel === 'badges' || panel === 'season';
  return (
    <div className={styles.page}>
      {toaster}
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('gameAdmin.title')}
        </Title2>
        <Body1 className={styles.muted}>{t('gameAdmin.intro')}</Body1>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={panel}
        onTabSelect={(_event, data) => setPanel(data.value as Panel)}
        aria-label={t('gameAdmin.sections')}
      >
        {PANELS.map((item) => (
          <Tab key={item.id} value={item.id}>
            {t(item.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={t(PANELS.find((p) => p.id === panel)?.label ?? 'gameAdmin.tab.rules')}>
        {needsRules && rules.status === 'loading' ? <GameSkeleton rows={6} /> : null}
        {needsRules && rules.status === 'error' ? (
          <ErrorState error={rules.error} onRetry={rules.reload} />
        ) : null}
        {rules.status === 'ready' && panel === 'rules' ? (
          <RulesPanel
            key={rules.data.etag}
            rules={rules.data}
            notify={notify}
            onSaved={saved}
            onReload={saved}
          />
        ) : null}
        {rules.status === 'ready' && panel === 'badges' ? (
          <BadgesPanel
            key={rules.data.etag}
            rules={rules.data}
            notify={notify}
            onSaved={saved}
            onReload={saved}
          />
        ) : null}
        {panel === 'rewards' ? <RewardsPanel notify={notify} /> : null}
        {panel === 'requests' ? <RequestsPanel notify={notify} /> : null}
        {rules.status === 'ready' && panel === 'season' ? (
          <SeasonPanel rules={rules.data} notify={notify} onStarted={saved} />
        ) : null}
      </div>
    </div>
  );
}
