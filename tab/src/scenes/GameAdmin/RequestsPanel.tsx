import { Button, Spinner, Tab, TabList } from '@fluentui/react-components';
import { CheckmarkRegular, DismissCircleRegular, GiftRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RedemptionDto } from '../../../../contracts/gamification';
import { GameSkeleton } from '../../components/GameNav/GameNav';
import { REDEMPTION_STATUS, RedemptionList } from '../../components/RewardCard/RewardCard';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { useAction } from '../../hooks/useAction';
import { useGameApi, useRedemptionRequests, type RedemptionStatusName } from '../../hooks/useGame';
import type { NotifyOptions } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useGameAdminStyles } from './GameAdmin.styles';

const STATUSES: RedemptionStatusName[] = ['requested', 'fulfilled', 'cancelled'];

const EMPTY: Record<RedemptionStatusName, MessageKey> = {
  requested: 'requests.empty.requested',
  fulfilled: 'requests.empty.fulfilled',
  cancelled: 'requests.empty.cancelled',
};

/** Redemption requests by status: hand them over, or cancel them (the member gets the points back). */
export function RequestsPanel({ notify }: { notify: (message: string, options?: NotifyOptions) => void }) {
  const styles = useGameAdminStyles();
  const { t, pick } = useI18n();
  const plural = usePlural();
  const game = useGameApi();
  const [status, setStatus] = useState<RedemptionStatusName>('requested');
  const [version, setVersion] = useState(0);
  const list = useRedemptionRequests(status, version);
  const { run, busy } = useAction();

  const act = async (redemption: RedemptionDto, action: 'fulfil' | 'cancel') => {
    const outcome = await run(`${redemption.id}|${action}`, () =>
      action === 'fulfil' ? game.fulfilRedemption(redemption.id) : game.cancelRedemption(redemption.id),
    );
    const vars = {
      reward: pick(redemption.reward.name),
      member: redemption.member.displayName,
      points: plural('game.points', redemption.cost),
    };
    if (outcome.ok) {
      notify(t(action === 'fulfil' ? 'requests.fulfilled' : 'requests.cancelled', vars));
      list.update(redemption.id, undefined);
      setVersion((n) => n + 1);
    } else if (outcome.error.code !== 'CLIENT.BUSY') {
      notify(outcome.error.message, { intent: 'error' });
      setVersion((n) => n + 1);
    }
  };

  return (
    <section className={styles.panel} aria-label={t('gameAdmin.tab.requests')}>
      <TabList
        className={styles.tabs}
        appearance="subtle-circular"
        size="small"
        aria-label={t('requests.status')}
        selectedValue={status}
        onTabSelect={(_event, data) => setStatus(data.value as RedemptionStatusName)}
      >
        {STATUSES.map((value) => (
          <Tab key={value} value={value}>
            {t(REDEMPTION_STATUS[value].label)}
          </Tab>
        ))}
      </TabList>
      {list.status === 'loading' ? <GameSkeleton rows={3} /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState icon={<GiftRegular />} title={t(EMPTY[status])} body={t('requests.emptyBody')} />
      ) : null}
      {list.items.length > 0 ? (
        <RedemptionList
          items={list.items}
          showMember
          testId="redemption-requests"
          actions={(redemption) => {
            if (redemption.status !== 'requested') return null;
            const vars = { reward: pick(redemption.reward.name), member: redemption.member.displayName };
            const running = busy?.startsWith(`${redemption.id}|`) ? busy.split('|')[1] : undefined;
            return (
              <span className={styles.requestActions}>
                <Button
                  size="small"
                  appearance="primary"
                  icon={running === 'fulfil' ? <Spinner size="tiny" /> : <CheckmarkRegular />}
                  disabled={Boolean(busy)}
                  aria-label={t('requests.fulfilLabel', vars)}
                  onClick={() => void act(redemption, 'fulfil')}
                >
                  {t('requests.fulfil')}
                </Button>
                <Button
                  size="small"
                  icon={running === 'cancel' ? <Spinner size="tiny" /> : <DismissCircleRegular />}
                  disabled={Boolean(busy)}
                  aria-label={t('requests.cancelLabel', vars)}
                  onClick={() => void act(redemption, 'cancel')}
                >
                  {t('requests.cancel')}
                </Button>
              </span>
            );
          }}
        />
      ) : null}
      {list.hasMore ? (
        <Button className={styles.more} onClick={list.loadMore} disabled={list.loadingMore}>
          {t('requests.more')}
        </Button>
      ) : null}
    </section>
  );
}
