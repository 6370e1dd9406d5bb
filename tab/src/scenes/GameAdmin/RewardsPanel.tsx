import {
  Badge,
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowClockwiseRegular,
  EditRegular,
  GiftRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { RewardDto } from '../../../../contracts/gamification';
import { RewardCard, RewardGrid, REWARD_TYPES } from '../../components/RewardCard/RewardCard';
import { GameSkeleton } from '../../components/GameNav/GameNav';
import { EmptyState, ErrorState } from '../../components/StateViews/StateViews';
import { detailsOf } from '../../hooks/apiErrors';
import { useAction } from '../../hooks/useAction';
import { useAllCircles, useGameApi, useRewards } from '../../hooks/useGame';
import type { NotifyOptions } from '../../hooks/useNotify';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { useGameAdminStyles } from './GameAdmin.styles';
import {
  GAME_LIMITS,
  rewardDraftOf,
  rewardInputOf,
  rewardProblems,
  serverProblems,
  type RewardDraft,
  type RewardTypeName,
} from './gameDrafts';
import { useProblemText } from './useProblemText';

const TYPES: RewardTypeName[] = ['object', 'experience', 'circle'];

/** The whole catalogue (withdrawn rewards too), to add rewards and change them. */
export function RewardsPanel({ notify }: { notify: (message: string, options?: NotifyOptions) => void }) {
  const styles = useGameAdminStyles();
  const { t, pick } = useI18n();
  const catalogue = useRewards(true);
  const [editing, setEditing] = useState<{ reward: RewardDto | undefined } | undefined>();

  return (
    <section className={styles.panel} aria-label={t('gameAdmin.tab.rewards')}>
      <div className={styles.toolbar}>
        <Body1 className={styles.muted}>{t('rewards.intro')}</Body1>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ reward: undefined })}>
          {t('rewardEdit.add')}
        </Button>
      </div>
      {catalogue.status === 'loading' ? <GameSkeleton rows={0} tall /> : null}
      {catalogue.status === 'error' ? (
        <ErrorState error={catalogue.error} onRetry={catalogue.reload} />
      ) : null}
      {catalogue.status === 'ready' && catalogue.data.items.length === 0 ? (
        <EmptyState icon={<GiftRegular />} title={t('rewards.empty')} body={t('rewardEdit.empty')} />
      ) : null}
      {catalogue.status === 'ready' && catalogue.data.items.length > 0 ? (
        <RewardGrid testId="admin-rewards">
          {catalogue.data.items.map((reward) => (
            <li key={reward.id}>
              <RewardCard
                reward={reward}
                balance={catalogue.data.balance}
                actions={<AdminRewardActions reward={reward} onEdit={() => setEditing({ reward })} />}
              />
            </li>
          ))}
        </RewardGrid>
      ) : null}
      {editing ? (
        <RewardFormDialog
          reward={editing.reward}
          onClose={() => setEditing(undefined)}
          onSaved={(saved, created) => {
            setEditing(undefined);
            notify(t(created ? 'rewardEdit.created' : 'rewardEdit.updated', { name: pick(saved.name) }));
            catalogue.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function AdminRewardActions({ reward, onEdit }: { reward: RewardDto; onEdit: () => void }) {
  const styles = useGameAdminStyles();
  const { t, pick } = useI18n();
  return (
    <div className={styles.cardActions}>
      <Button
        icon={<EditRegular />}
        aria-label={t('rewardEdit.editLabel', { name: pick(reward.name) })}
        onClick={onEdit}
      >
        {t('rewardEdit.edit')}
      </Button>
      {reward.active ? null : (
        <Badge appearance="tint" color="subtle">
          {t('rewardEdit.inactive')}
        </Badge>
      )}
    </div>
  );
}

/**
 * Adds or changes a reward. A change sends the version it started from: if someone changed the
 * reward meanwhile, the API says so (REWARD.CHANGED) and the admin can load their version.
 */
function RewardFormDialog({
  reward,
  onClose,
  onSaved,
}: {
  reward: RewardDto | undefined;
  onClose: () => void;
  onSaved: (reward: RewardDto, created: boolean) => void;
}) {
  const styles = useGameAdminStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const game = useGameApi();
  const circles = useAllCircles();
  const { run, busy, error, clearError } = useAction();
  const [draft, setDraft] = useState<RewardDraft>(() => rewardDraftOf(reward));
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const problems = rewardProblems(draft);
  const { field } = useProblemText(problems, server, tried);
  const count = Object.keys(problems).length;
  const set = (changes: Partial<RewardDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const circleOptions = circles.status === 'ready' ? circles.data : [];

  const handleSave = async () => {
    setTried(true);
    setServer({});
    if (count > 0) return;
    const outcome = await run('save', () => game.saveReward(reward?.id, rewardInputOf(draft)));
    if (outcome.ok) onSaved(outcome.value, !reward);
    else if (outcome.error.code === 'REQUEST.INVALID')
      setServer(serverProblems(detailsOf(outcome.error)).fields);
  };

  const handleReload = async () => {
    if (!reward) return;
    const outcome = await run('reload', () => game.catalogue(true));
    const latest = outcome.ok ? outcome.value.items.find((r) => r.id === reward.id) : undefined;
    if (latest) {
      setDraft(rewardDraftOf(latest));
      clearError();
    }
  };

  const changed = error?.code === 'REWARD.CHANGED';
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void handleSave();
          }}
        >
          <DialogBody>
            <DialogTitle>{t(reward ? 'rewardEdit.editTitle' : 'rewardEdit.createTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <div className={styles.pair}>
                <Field label={t('rewardEdit.nameEn')} {...field('name')}>
                  <Input
                    className={styles.fill}
                    maxLength={GAME_LIMITS.rewardName}
                    value={draft.nameEn}
                    onChange={(_event, data) => set({ nameEn: data.value })}
                  />
                </Field>
                <Field label={t('rewardEdit.nameFr')}>
                  <Input
                    className={styles.fill}
                    lang="fr"
                    maxLength={GAME_LIMITS.rewardName}
                    value={draft.nameFr}
                    onChange={(_event, data) => set({ nameFr: data.value })}
                  />
                </Field>
                <Field label={t('rewardEdit.descEn')} {...field('description')}>
                  <Textarea
                    className={styles.fill}
                    rows={3}
                    maxLength={GAME_LIMITS.rewardDescription}
                    value={draft.descriptionEn}
                    onChange={(_event, data) => set({ descriptionEn: data.value })}
                  />
                </Field>
                <Field label={t('rewardEdit.descFr')}>
                  <Textarea
                    className={styles.fill}
                    lang="fr"
                    rows={3}
                    maxLength={GAME_LIMITS.rewardDescription}
                    value={draft.descriptionFr}
                    onChange={(_event, data) => set({ descriptionFr: data.value })}
                  />
                </Field>
              </div>
              <Field label={t('rewardEdit.type')}>
                <RadioGroup
                  layout="horizontal"
                  value={draft.type}
                  onChange={(_event, data) => set({ type: data.value as RewardTypeName })}
                >
                  {TYPES.map((type) => (
                    <Radio key={type} value={type} label={t(REWARD_TYPES[type].label)} />
                  ))}
                </RadioGroup>
              </Field>
              {draft.type === 'circle' ? (
                <Field label={t('rewardEdit.circle')} {...field('circleId')}>
                  <Dropdown
                    placeholder={t('rewardEdit.circlePlaceholder')}
                    value={circleOptions.find((c) => c.id === draft.circleId)?.name ?? ''}
                    selectedOptions={draft.circleId ? [draft.circleId] : []}
                    onOptionSelect={(_event, data) => set({ circleId: data.optionValue ?? '' })}
                  >
                    {circleOptions.map((circle) => (
                      <Option key={circle.id} value={circle.id}>
                        {circle.name}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ) : null}
              <div className={styles.triple}>
                <Field label={t('rewardEdit.cost')} {...field('cost')}>
                  <Input
                    className={styles.fill}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    value={draft.cost}
                    onChange={(_event, data) => set({ cost: data.value })}
                  />
                </Field>
                <Field label={t('rewardEdit.stock')} hint={t('rewardEdit.stockHint')} {...field('stock')}>
                  <Input
                    className={styles.fill}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    value={draft.stock}
                    onChange={(_event, data) => set({ stock: data.value })}
                  />
                </Field>
                <Field label={t('rewardEdit.limit')} {...field('perMemberLimit')}>
                  <Input
                    className={styles.fill}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    value={draft.perMemberLimit}
                    onChange={(_event, data) => set({ perMemberLimit: data.value })}
                  />
                </Field>
              </div>
              <Switch
                checked={draft.active}
                label={t('rewardEdit.active')}
                onChange={(_event, data) => set({ active: data.checked })}
              />
              {tried && count > 0 ? <Body1 role="alert">{plural('gameAdmin.problems', count)}</Body1> : null}
              {changed ? (
                <MessageBar intent="warning" data-testid="reward-changed">
                  <MessageBarBody>{error.message}</MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" icon={<ArrowClockwiseRegular />} onClick={() => void handleReload()}>
                      {t('rewardEdit.reload')}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              ) : error && error.code !== 'CLIENT.BUSY' && Object.keys(server).length === 0 ? (
                <MessageBar intent="error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={Boolean(busy)}
                icon={busy === 'save' ? <Spinner size="tiny" /> : <SaveRegular />}
              >
                {t('rewardEdit.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
