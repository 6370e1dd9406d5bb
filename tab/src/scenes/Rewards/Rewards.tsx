import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
} from '@fluentui/react-components';
import { DismissCircleRegular, GiftRegular, WalletRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RedemptionDto, RewardDto } from '../../../../contracts/gamification';
import { GamePage, GameSkeleton } from '../../components/GameNav/GameNav';
import { RedemptionList, RewardCard, RewardGrid } from '../../components/RewardCard/RewardCard';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { createIntentKeys } from '../../hooks/gameModel';
import { useAction } from '../../hooks/useAction';
import { useGameApi, useMyRedemptions, useRewards } from '../../hooks/useGame';
import { useNotify } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import '../../i18n/game-messages';
import { useI18n } from '../../i18n/i18n';
import { useRewardsStyles } from './Rewards.styles';

/**
 * The rewards catalogue (key 8): what my points can buy, with what is left and my limit; redeeming
 * asks first and never happens twice for one intent; what I redeemed, and cancelling what has
 * not been handed over yet (the points come back).
 */
export default function Rewards() {
  const styles = useRewardsStyles();
  const { t, pick } = useI18n();
  const plural = usePlural();
  const catalogue = useRewards();
  const { toaster, notify } = useNotify();
  const [version, setVersion] = useState(0);
  // One request key per intent, kept across reopening the dialog until the redemption succeeds.
  const [intents] = useState(createIntentKeys);
  const [redeeming, setRedeeming] = useState<{ reward: RewardDto; requestKey: string } | undefined>();

  const refresh = () => {
    catalogue.reload();
    setVersion((n) => n + 1);
  };

  const balance =
    catalogue.status === 'ready' ? (
      <div className={styles.balance} data-testid="reward-balance">
        <WalletRegular className={styles.balanceIcon} aria-hidden />
        <div className={styles.balanceText}>
          <span className={styles.balanceNumber}>
            {t('rewards.balance', { points: plural('game.points', catalogue.data.balance) })}
          </span>
          <Caption1 className={styles.hint}>{t('rewards.balanceHint')}</Caption1>
        </div>
      </div>
    ) : undefined;

  return (
    <GamePage current="rewards" title={t('rewards.title')} intro={t('rewards.intro')} aside={balance}>
      {toaster}
      {catalogue.status === 'loading' ? <GameSkeleton rows={2} tall /> : null}
      {catalogue.status === 'error' ? (
        <ErrorState error={catalogue.error} onRetry={catalogue.reload} />
      ) : null}
      {catalogue.status === 'ready' ? (
        <section
          className={styles.section}
          aria-labelledby="catalogue-title"
          aria-busy={catalogue.refreshing}
        >
          <Subtitle1 as="h2" id="catalogue-title" className={styles.sectionTitle}>
            {t('rewards.catalogue')}
          </Subtitle1>
          {catalogue.data.items.length === 0 ? (
            <EmptyState icon={<GiftRegular />} title={t('rewards.empty')} body={t('rewards.emptyBody')} />
          ) : (
            <RewardGrid testId="reward-catalogue">
              {catalogue.data.items.map((reward) => (
                <li key={reward.id}>
                  <RewardCard
                    reward={reward}
                    balance={catalogue.data.balance}
                    onRedeem={() => setRedeeming({ reward, requestKey: intents.keyFor(reward.id) })}
                  />
                </li>
              ))}
            </RewardGrid>
          )}
        </section>
      ) : null}
      <MyRedemptions
        version={version}
        onCancelled={(redemption) => {
          notify(t('rewards.cancelled', { points: plural('game.points', redemption.cost) }));
          refresh();
        }}
      />
      {redeeming && catalogue.status === 'ready' ? (
        <RedeemDialog
          reward={redeeming.reward}
          balance={catalogue.data.balance}
          requestKey={redeeming.requestKey}
          onClose={() => setRedeeming(undefined)}
          onRedeemed={(redemption) => {
            intents.settle(redeeming.reward.id);
            setRedeeming(undefined);
            notify(
              t(redemption.status === 'fulfilled' ? 'rewards.redeemedCircle' : 'rewards.redeemed', {
                name: pick(redeeming.reward.name),
              }),
            );
            refresh();
          }}
          onRefused={refresh}
        />
      ) : null}
    </GamePage>
  );
}

/**
 * "Spend 150 points on …?" The request key comes from the page (one per intent), so a double
 * click, a retry after an error, or reopening after a lost answer all redeem once.
 */
function RedeemDialog({
  reward,
  balance,
  requestKey,
  onClose,
  onRedeemed,
  onRefused,
}: {
  reward: RewardDto;
  balance: number;
  requestKey: string;
  onClose: () => void;
  onRedeemed: (redemption: RedemptionDto) => void;
  /** The catalogue changed under us (stock, points, limit): show it as it is now. */
  onRefused: () => void;
}) {
  const styles = useRewardsStyles();
  const { t, pick } = useI18n();
  const plural = usePlural();
  const game = useGameApi();
  const { run, busy, error } = useAction();
  const name = pick(reward.name);
  const handleRedeem = async () => {
    const outcome = await run('redeem', () => game.redeem(reward.id, requestKey));
    if (outcome.ok) onRedeemed(outcome.value);
    else if (outcome.error.code.startsWith('REWARD.')) onRefused();
  };
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('rewards.confirm.title')}</DialogTitle>
          <DialogContent className={styles.dialogBody}>
            <Body1>{t('rewards.confirm.body', { points: plural('game.points', reward.cost), name })}</Body1>
            <Body1>
              {t('rewards.confirm.after', {
                points: plural('game.points', Math.max(balance - reward.cost, 0)),
              })}{' '}
              {t(reward.type === 'circle' ? 'rewards.confirm.howCircle' : 'rewards.confirm.how')}
            </Body1>
            {error && error.code !== 'CLIENT.BUSY' ? (
              <MessageBar intent="error" data-testid="redeem-error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('rewards.confirm.back')}
            </Button>
            <Button
              appearance="primary"
              disabled={Boolean(busy)}
              icon={busy ? <Spinner size="tiny" /> : <GiftRegular />}
              onClick={() => void handleRedeem()}
            >
              {t('rewards.confirm.ok', { points: plural('game.points', reward.cost) })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** What I redeemed, newest first, with Cancel for requests not handed over yet. */
function MyRedemptions({
  version,
  onCancelled,
}: {
  version: number;
  onCancelled: (redemption: RedemptionDto) => void;
}) {
  const styles = useRewardsStyles();
  const { t, pick } = useI18n();
  const list = useMyRedemptions(version);
  const [cancelling, setCancelling] = useState<RedemptionDto | undefined>();
  return (
    <section className={styles.section} aria-labelledby="my-redemptions-title">
      <Subtitle1 as="h2" id="my-redemptions-title" className={styles.sectionTitle}>
        {t('rewards.mineTitle')}
      </Subtitle1>
      {list.status === 'loading' ? <GameSkeleton rows={2} /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Body1 className={styles.muted}>{t('rewards.mineEmpty')}</Body1>
      ) : null}
      {list.items.length > 0 ? (
        <RedemptionList
          items={list.items}
          testId="my-redemptions"
          actions={(redemption) =>
            redemption.status === 'requested' ? (
              <Button
                size="small"
                icon={<DismissCircleRegular />}
                aria-label={t('rewards.cancelLabel', { name: pick(redemption.reward.name) })}
                onClick={() => setCancelling(redemption)}
              >
                {t('rewards.cancel')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {list.hasMore ? (
        <Button className={styles.more} onClick={list.loadMore} disabled={list.loadingMore}>
          {t('requests.more')}
        </Button>
      ) : null}
      {cancelling ? (
        <CancelDialog
          redemption={cancelling}
          onClose={() => setCancelling(undefined)}
          onCancelled={(redemption) => {
            setCancelling(undefined);
            onCancelled(redemption);
          }}
        />
      ) : null}
    </section>
  );
}

/** "Cancel this request? Your points come back." */
function CancelDialog({
  redemption,
  onClose,
  onCancelled,
}: {
  redemption: RedemptionDto;
  onClose: () => void;
  onCancelled: (redemption: RedemptionDto) => void;
}) {
  const { t, pick } = useI18n();
  const plural = usePlural();
  const game = useGameApi();
  const { run, busy, error } = useAction();
  const handleCancel = async () => {
    const outcome = await run('cancel', () => game.cancelRedemption(redemption.id));
    if (outcome.ok) onCancelled(outcome.value);
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('rewards.cancel.title')}</DialogTitle>
          <DialogContent>
            <Body1>
              {pick(redemption.reward.name)} –{' '}
              {t('rewards.cancel.body', { points: plural('game.points', redemption.cost) })}
            </Body1>
            {error && error.code !== 'CLIENT.BUSY' ? (
              <MessageBar intent="error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('rewards.cancel.keep')}
            </Button>
            <Button
              appearance="primary"
              disabled={Boolean(busy)}
              icon={busy ? <Spinner size="tiny" /> : <DismissCircleRegular />}
              onClick={() => void handleCancel()}
            >
              {t('rewards.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
